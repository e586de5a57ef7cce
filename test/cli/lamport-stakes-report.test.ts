import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

// A run on lamport stakes (beyond 2^53) end to end: the report's config prints each stake as a
// JSON number while exact, else as a decimal string, and stays valid against the report schema.

describe('a report of a config with lamport stakes', () => {
  it('prints exact stakes (strings beyond 2^53, numbers below) and validates against the schema', async () => {
    const dir = tempDir();
    const stakes = {
      '0': '13780932133472796',
      '1': '12396545643893238',
      '2': '9631570295815061',
      '3': 5_000_000,
    };
    const file = writeConfig(dir, 'c.json', {
      validators: 4,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 2,
      exploration_depth: 10,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
      stake_distribution: stakes,
    });
    const output = join(dir, 'r.json');
    const r = await runInProcess([
      'safety_properties',
      '--config',
      file,
      '--output',
      output,
      '--runs',
      '1',
      '--seed',
      '1',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const report = readReport(output);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect((report.config as { stake_distribution: unknown }).stake_distribution).toEqual(stakes);
  });
});
