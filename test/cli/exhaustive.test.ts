import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeConfig } from '../helpers/cli.ts';
import { TINY_CONFIG } from '../helpers/fixtures.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

interface Exploration {
  complete: boolean;
  per_leader_offset: { unique_states: number; stop_reason: string }[];
}

describe('--mode exhaustive', () => {
  const dir = tempDir();

  it('exhausts a tiny config, says so, and symmetry gives the same verdicts with fewer states', async () => {
    const config = writeConfig(dir, 'tiny.json', TINY_CONFIG);
    const runs = await Promise.all(
      ['true', 'false'].map(async (symmetry) => {
        const output = join(dir, `tiny-${symmetry}.json`);
        const r = await runCli([
          'safety_properties',
          '--mode',
          'exhaustive',
          `--symmetry=${symmetry}`,
          '--config',
          config,
          '--output',
          output,
        ]);
        expect(r.code, r.stderr).toBe(0);
        const report = readReport(output) as {
          extra: { exploration: Exploration };
          metrics: { coverage: { state_space_coverage: number } };
          property_results: { passed: boolean }[];
        };
        expect(reportSchemaErrors(report)).toEqual([]);
        return report;
      }),
    );
    const [withSym, without] = runs as [(typeof runs)[0], (typeof runs)[0]];
    for (const r of runs) {
      expect(r.extra.exploration.complete).toBe(true);
      expect(r.metrics.coverage.state_space_coverage).toBe(1);
    }
    expect(withSym.property_results.map((p) => p.passed)).toEqual(
      without.property_results.map((p) => p.passed),
    );
    const total = (r: typeof withSym) =>
      r.extra.exploration.per_leader_offset.reduce((a, o) => a + o.unique_states, 0);
    expect(total(withSym)).toBeLessThan(total(without));
  });
  // The exhaustive search for the 20% attack (870k states) is in test/long/cli/exhaustive-attack.test.ts.
});
