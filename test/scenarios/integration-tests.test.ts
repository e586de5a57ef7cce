import { describe, expect, it } from 'vitest';
import { integrationTests } from '../../scenarios/integration-tests.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { scenarioContext } from '../helpers/scenario-context.ts';

const TINY = {
  ...DEFAULT_CONFIG,
  validators: 3,
  byzantine_count: 0,
  offline_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
  leader_offset: 0,
};

const driversOf = (r: { properties: readonly { driver: string }[] }) =>
  [...new Set(r.properties.map((p) => p.driver))].sort();

describe('integration_tests', () => {
  it('declares that it runs every driver, and without --mode it does', async () => {
    expect(integrationTests.runsEveryMode).toBe(true);
    const result = await integrationTests.run(scenarioContext(TINY, { runs: 2, depth: 3, maxStates: 50 }));
    expect(driversOf(result)).toEqual(['exhaustive', 'pbt', 'sim']);
  });

  it('with --mode runs that driver only', async () => {
    const result = await integrationTests.run(scenarioContext(TINY, { runs: 2, depth: 3, mode: 'sim' }));
    expect(driversOf(result)).toEqual(['sim']);
  });
});
