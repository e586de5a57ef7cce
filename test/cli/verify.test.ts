import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.ts';

describe('alpenglow verify', () => {
  // The small profile's full run (`npm start`) is in test/long/cli/verify-profile.test.ts.
  it('marks a timed-out scenario as timeout (124), prints its seed, skips an unavailable one', async () => {
    const outDir = tempDir();
    const r = await runCli([
      'verify',
      '--profile',
      'large',
      '--scenarios',
      'safety,economic',
      '--timeout',
      '1',
      '--out-dir',
      outDir,
    ]);
    expect(r.code).toBe(124);
    const [session] = readdirSync(outDir);
    const summary = JSON.parse(readFileSync(join(outDir, session as string, 'summary.json'), 'utf8'));
    const byId = (id: string) => summary.scenarios.find((e: { id: string }) => e.id === id);
    expect(byId('safety_properties').status).toBe('timeout');
    expect(byId('safety_properties').exit_code).toBe(124);
    expect(byId('economic_model').status).toBe('skipped');
    expect(byId('economic_model').note).toMatch(/^not available yet: /);
    // design.md §4: the last lines name the seed and the command that repeats the run.
    const seed = byId('safety_properties').seed;
    expect(Number.isSafeInteger(seed)).toBe(true);
    expect(r.stdout).toContain(`safety_properties: seed ${seed}`);
    expect(r.stdout).toMatch(/ {2}rerun: \.\/bin\/alpenglow safety_properties --config .* --seed \d+/);
  });
});
