import { describe, expect, it } from 'vitest';
import { integrationTests } from '../../scenarios/integration-tests.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { scenarioContext } from '../helpers/scenario-context.ts';

describe('integration_tests judges the leader schedule too (issue 13)', () => {
  it('its random-input driver reports the five schedule properties under the config’s stakes', async () => {
    const config = { ...DEFAULT_CONFIG, validators: 3, byzantine_count: 0, offline_count: 0, max_rounds: 1 };
    const result = await integrationTests.run(scenarioContext(config, { runs: 2, depth: 3, mode: 'pbt' }));
    const schedule = result.properties.filter((p) =>
      /^(Schedule|OneLeader|NoZero|StakeProp)/.test(p.property),
    );
    expect(schedule.map((p) => [p.name, p.passed])).toEqual([
      ['ScheduleAgreement [pbt]', true],
      ['OneLeaderPerWindow [pbt]', true],
      ['NoZeroStakeLeader [pbt]', true],
      ['ScheduleDeterminism [pbt]', true],
      ['StakeProportional [pbt]', true],
    ]);
    expect(integrationTests.properties).toContain('StakeProportional');
  });
});
