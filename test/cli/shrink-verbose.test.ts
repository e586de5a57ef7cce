import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';

describe('--verbose and shrinking', () => {
  it('logs the result of each shrink, and the summary line gives the same lengths', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'eq.json', TWENTY_PERCENT_EQUIVOCATION);
    const r = await runInProcess([
      'safety_properties',
      '--config',
      config,
      '--output',
      join(dir, 'eq.report.json'),
      '--runs',
      '3',
      '--seed',
      '1',
      '--verbose',
    ]);
    expect(r.code, r.stderr).toBe(1);
    const shrunk = [
      ...r.stderr.matchAll(/^shrunk (\w+): (\d+) -> (\d+) steps .*(1-minimal|not shown 1-minimal)/gm),
    ];
    const shrinking = r.stderr.match(/^shrinking \w+: from /gm) ?? [];
    expect(shrunk.length).toBeGreaterThan(0);
    // Every "shrinking" announced is followed by its result.
    expect(shrunk).toHaveLength(shrinking.length);
    for (const [, property, from, to, minimal] of shrunk) {
      const how = from === to ? 'as found' : `shrunk from ${from}`;
      expect(r.stdout).toContain(
        `  ${(property as string).padEnd(34)} VIOLATED (${to} steps, ${how}, ${minimal})`,
      );
    }
  });
});
