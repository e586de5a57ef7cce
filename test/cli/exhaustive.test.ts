import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
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
        const r = await runInProcess([
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
          metrics: { coverage: { state_space_coverage: number; unique_states: number } };
          property_results: { passed: boolean; search: unknown }[];
          verdict: string;
        };
        expect(reportSchemaErrors(report)).toEqual([]);
        // Only an exhausted space earns PASS, and it says so.
        expect(headline(r.stdout)).toBe(
          `safety_properties: PASS (exhaustive: ${report.metrics.coverage.unique_states} states, complete)`,
        );
        expect(report.verdict).toBe('pass');
        for (const p of report.property_results)
          expect(p.search).toMatchObject({ complete: true, stop_reason: 'exhausted' });
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
  it('a bounded search is "no violation up to depth N (search incomplete)", exit 0, never PASS or holds', async () => {
    const config = writeConfig(dir, 'tiny-bounded.json', TINY_CONFIG);
    const bounds = [
      { flags: ['--depth', '2'], depth: 2, why: 'depth bound reached', stop: 'depthBound' },
      { flags: ['--max-states', '20'], depth: null, why: '--max-states reached', stop: 'maxStates' },
    ];
    await Promise.all(
      bounds.map(async (b, i) => {
        const output = join(dir, `bounded-${i}.json`);
        const r = await runInProcess([
          'safety_properties',
          '--mode',
          'exhaustive',
          ...b.flags,
          '--config',
          config,
          '--output',
          output,
        ]);
        // Like Apalache's bounded check ("no error up to length k"): success, with an honest verdict.
        expect(r.code, r.stderr).toBe(0);
        const report = readReport(output) as {
          verdict: string;
          success: boolean;
          property_results: { name: string; search: { checked_depth: number; stop_reason: string } }[];
        };
        expect(reportSchemaErrors(report)).toEqual([]);
        expect(report.verdict).toBe('no_violation_bounded');
        const depth = b.depth ?? (report.property_results[0]?.search.checked_depth as number);
        expect(headline(r.stdout)).toBe(
          `safety_properties: no violation up to depth ${depth} (search incomplete: ${b.why})`,
        );
        expect(r.stdout).not.toMatch(/PASS|holds/);
        for (const p of report.property_results) {
          expect(p.search).toEqual({ complete: false, checked_depth: depth, stop_reason: b.stop });
          expect(r.stdout).toContain(`  ${p.name.padEnd(34)} no violation up to depth ${depth}\n`);
        }
      }),
    );
  });

  // The exhaustive search for the 20% attack (870k states) is in test/long/cli/exhaustive-attack.test.ts.
});

/** The summary's verdict line (the per-action coverage lines come before the summary). */
function headline(stdout: string): string | undefined {
  return stdout.split('\n').find((line) => line.startsWith('safety_properties:'));
}
