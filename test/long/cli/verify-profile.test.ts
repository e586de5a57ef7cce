import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../../helpers/schema.ts';

/** Long suite (`npm run test:long`): `npm start`'s job, every scenario of the small profile. */
describe('alpenglow verify (long)', () => {
  it('runs the small profile into a session folder with summary.json and per-scenario files', async () => {
    const outDir = tempDir();
    // The profile's own per-scenario timeout is 60 s, which a busy machine could reach: the
    // verdict must not depend on speed, so the scenarios get 600 s.
    const r = await runCli([
      'verify',
      '--profile',
      'small',
      '--out-dir',
      outDir,
      '--seed',
      '9',
      '--timeout',
      '600',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const [session] = readdirSync(outDir);
    const folder = join(outDir, session as string);
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8'));
    expect(summary.status).toBe('pass');
    const ran = summary.scenarios.filter((s: { status: string }) => s.status !== 'skipped');
    // The default pipeline (src/cli/verify/profiles.ts DEFAULT_PIPELINE_SCENARIOS): the timed
    // adaptive scenario once per protocol variant.
    expect(ran.map((s: { id: string }) => s.id)).toEqual([
      'safety_properties',
      'liveness_properties',
      'byzantine_resilience',
      'adaptive_timeouts',
      'adaptive_timeouts@agave',
      'vrf_leader_selection',
      'economic_model',
    ]);
    for (const s of ran) {
      expect(s.states).toBeGreaterThan(0);
      for (const file of [s.report, s.config, s.log]) expect(existsSync(file)).toBe(true);
      expect(reportSchemaErrors(readReport(s.report))).toEqual([]);
    }
    expect(r.stdout).toMatch(/overall: PASS/);
  });
});
