import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeConfig } from '../../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../../helpers/fixtures.ts';
import { readReport } from '../../helpers/schema.ts';

/** Long suite (`npm run test:long`): a breadth-first search to depth 8 over every leader rotation. */
describe('--mode exhaustive (long)', () => {
  const dir = tempDir();

  it('finds the 20% equivocation attack with a shortest counterexample that replays', async () => {
    const config = writeConfig(dir, 'equiv.json', { ...TWENTY_PERCENT_EQUIVOCATION, leader_offset: 4 });
    const output = join(dir, 'equiv.report.json');
    const r = await runCli([
      'safety_properties',
      '--mode',
      'exhaustive',
      '--config',
      config,
      '--output',
      output,
      '--depth',
      '8',
      '--max-states',
      '400000',
    ]);
    expect(r.code, r.stderr).toBe(1);
    const report = readReport(output) as {
      property_results: {
        name: string;
        passed: boolean;
        counterexample: string;
        counterexample_length: number;
      }[];
    };
    const notar = report.property_results.find((p) => p.name === 'NotarizationUniqueness');
    expect(notar?.passed).toBe(false);
    // Two versions, four block deliveries, two certificates for v0: BFS finds nothing shorter.
    expect(notar?.counterexample_length).toBe(8);
    expect(existsSync(notar?.counterexample as string)).toBe(true);
    const replay = await runCli(['replay', notar?.counterexample as string]);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('recorded violation NotarizationUniqueness');
    expect(replay.stdout).toContain('reproduced');
  });
});
