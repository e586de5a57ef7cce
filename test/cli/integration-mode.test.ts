import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir, writeConfig } from '../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

const TINY = {
  validators: 3,
  byzantine_count: 0,
  offline_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
};

/** integration_tests in-process (main without the worker thread), its report read back. */
async function integration(extra: string[]): Promise<Record<string, unknown>> {
  const dir = tempDir();
  const output = join(dir, 'r.json');
  const args = ['--config', writeConfig(dir, 'tiny.json', TINY), '--output', output];
  const budget = ['--runs', '2', '--depth', '3', '--max-states', '50', '--seed', '1'];
  const io = { out: () => {}, err: () => {} };
  expect(await main(['integration_tests', ...args, ...budget, ...extra], io)).toBe(0);
  const report = readReport(output);
  expect(reportSchemaErrors(report)).toEqual([]);
  return report;
}

describe('the mode integration_tests reports', () => {
  it('is every driver it ran, and its rerun command names no single --mode', async () => {
    const report = await integration([]);
    expect(report.mode).toBe('pbt+sim+exhaustive');
    expect(report.reproduce).not.toContain('--mode');
  });

  it('is the one driver --mode picked', async () => {
    const report = await integration(['--mode', 'sim']);
    expect(report.mode).toBe('sim');
    expect(report.reproduce).toContain('--mode sim');
  });
});
