import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess, tempDir } from '../helpers/cli.ts';

function onlySummary(outDir: string) {
  const [session] = readdirSync(outDir);
  return JSON.parse(readFileSync(join(outDir, session as string, 'summary.json'), 'utf8'));
}

describe('alpenglow verify', () => {
  // The small profile's full run (`npm start`) is in test/long/cli/verify-profile.test.ts.
  it('marks a timed-out scenario as timeout (124) with how far it got, prints its seed', async () => {
    const outDir = tempDir();
    const r = await runInProcess([
      'verify',
      '--profile',
      'large',
      '--scenarios',
      'safety',
      '--timeout',
      '1',
      '--out-dir',
      outDir,
    ]);
    expect(r.code).toBe(124);
    const summary = onlySummary(outDir);
    const byId = (id: string) => summary.scenarios.find((e: { id: string }) => e.id === id);
    const safety = byId('safety_properties');
    expect(safety.status).toBe('timeout');
    expect(safety.exit_code).toBe(124);
    // How far the run got: the report's runs done against the job's budget (large: 5000).
    expect(safety.runs_requested).toBe(5000);
    expect(Number.isSafeInteger(safety.runs)).toBe(true);
    expect(r.stdout).toMatch(new RegExp(`\\nsafety_properties +TIMEOUT \\(${safety.runs} of 5000 runs\\) `));
    // design.md §4: the last lines name the seed and the command that repeats the run.
    const seed = safety.seed;
    expect(Number.isSafeInteger(seed)).toBe(true);
    expect(r.stdout).toContain(`safety_properties: seed ${seed}`);
    expect(r.stdout).toMatch(/ {2}rerun: .*alpenglow safety_properties --config .* --seed \d+/);
  });

  it('refuses an unknown scenario with a "did you mean", before creating anything', async () => {
    const outDir = tempDir();
    const r = await runInProcess(['verify', '--scenarios', 'economic', '--out-dir', outDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--scenarios: unknown scenario 'economic' (did you mean economic_model?)");
    expect(r.stdout).not.toMatch(/PASS/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it.each([
    [['--profile', 'stress', '--scenarios', 'safety'], /safety_properties: the stress profile runs sim only/],
  ])('a selection that runs nothing (%j) is an error, never a PASS', async (flags, why) => {
    const outDir = tempDir();
    const r = await runInProcess(['verify', ...flags, '--out-dir', outDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: --scenarios: nothing to run: /m);
    expect(r.stderr).toMatch(why);
    expect(r.stdout).not.toMatch(/PASS/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('refuses an unknown profile with a "did you mean", in one line', async () => {
    const outDir = tempDir();
    const r = await runInProcess(['verify', '--profile', 'smal', '--out-dir', outDir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^error: --profile: unknown profile "smal" \(did you mean small\?\)$/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('refuses a stray argument', async () => {
    const outDir = tempDir();
    const r = await runInProcess(['verify', 'extra', '--out-dir', outDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: unexpected argument "extra"');
    expect(readdirSync(outDir)).toEqual([]);
  });

  // Signalled once the first scenario has been started (a phase, not a guess of time).
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s stops the pipeline with exit %i, like a scenario alone, and still writes the summary',
    async (signal, code) => {
      const outDir = tempDir();
      const r = await runCli(
        ['verify', '--scenarios', 'safety,liveness', '--out-dir', outDir, '--seed', '3'],
        {
          signalWhen: /running safety_properties/,
          signal,
        },
      );
      expect(r.code, r.stdout + r.stderr).toBe(code);
      const summary = onlySummary(outDir);
      expect(summary.status).toBe('interrupted');
      expect(summary.exit_code).toBe(code);
      // The pipeline stopped before its second scenario.
      expect(summary.scenarios.map((e: { id: string }) => e.id)).toEqual(['safety_properties']);
      expect(existsSync(summary.scenarios[0].log)).toBe(true);
      expect(r.stdout).toMatch(/overall: INTERRUPTED/);
    },
  );
});
