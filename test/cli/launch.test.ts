import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess, tempDir } from '../helpers/cli.ts';

/**
 * Most CLI tests run the CLI in their own process (runInProcess: launch.ts's routing and input
 * checks, the scenario on the test's thread instead of a worker). These check that this gives
 * what bin/alpenglow gives, byte for byte but for the measured times.
 */

/** The one stdout line with measured times ("… states (… distinct), 36 ms, 750.8 states/s"). */
const timings = (stdout: string) => stdout.replace(/, \d+ ms, [\d.]+ states\/s$/m, ', <ms>, <rate>');

/** A report's per-property results without their measured durations. */
const verdicts = (report: { property_results: { duration_ms: number }[] }) =>
  report.property_results.map(({ duration_ms: _, ...rest }) => rest);

describe('runInProcess answers as bin/alpenglow does', () => {
  it('input refused before a worker starts: same exit code, stdout and stderr', async () => {
    const args = ['safety_properties', '--seeed', '3', '--runs', '0'];
    const [spawned, inProcess] = [await runCli(args), await runInProcess(args)];
    expect(spawned.code).toBe(1);
    expect(inProcess).toEqual({
      code: spawned.code,
      signal: null,
      stdout: spawned.stdout,
      stderr: spawned.stderr,
    });
  });

  it('a scenario run: same exit code, summary, verdicts and rerun line', async () => {
    const output = join(tempDir(), 'r.json');
    const args = ['safety_properties', '--config', 'configs/tiny.json', '--runs', '3', '--seed', '5'];
    const spawned = await runCli([...args, '--output', output]);
    const spawnedReport = JSON.parse(readFileSync(output, 'utf8'));
    const inProcess = await runInProcess([...args, '--output', output]);
    const inProcessReport = JSON.parse(readFileSync(output, 'utf8'));
    expect(spawned.code, spawned.stderr).toBe(0);
    expect(inProcess.code).toBe(0);
    expect(timings(inProcess.stdout)).toBe(timings(spawned.stdout));
    expect(inProcess.stdout).toContain('rerun: ./bin/alpenglow safety_properties --config configs/tiny.json');
    expect(inProcess.stderr).toBe(spawned.stderr);
    expect(verdicts(inProcessReport)).toEqual(verdicts(spawnedReport));
    expect(inProcessReport.config).toEqual(spawnedReport.config);
  });

  it('refuses a scenario --timeout, which would count from the test process start', async () => {
    await expect(runInProcess(['safety_properties', '--timeout', '5'])).rejects.toThrow(/use runCli/);
  });
});
