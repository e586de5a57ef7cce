import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../../helpers/cli.ts';
import { corpusContent, runsLog } from '../../helpers/corpus.ts';

/**
 * Issue 16's campaign on drawn settings with the real drivers (test/cli/fuzz.test.ts pins one
 * config; test/cli/fuzz/campaign.test.ts uses a stand-in driver): every find's trace replays,
 * the canary finds its bug, and the merge of two shards is the unsharded corpus over the same
 * seeds. Long: drawn runs take from milliseconds to ten seconds (shrinking several properties).
 */
const SEED = '20261124';

function readJson(path: string) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('a fuzzing campaign over drawn settings', () => {
  it('draws families and drivers, finds the canary, keeps traces that replay', async () => {
    const corpus = join(tempDir(), 'corpus');
    const started = performance.now();
    const r = await runInProcess(['fuzz', '--seed', SEED, '--runs', '40', '--corpus', corpus]);
    const seconds = (performance.now() - started) / 1000;
    const summary = readJson(join(corpus, 'summary.json'));
    console.log(`fuzz: 40 drawn runs in ${seconds.toFixed(1)} s (${(40 / seconds).toFixed(2)} runs/s)`);
    expect(summary.runs).toBe(40);
    expect(summary.errors).toBe(0);
    expect(summary.canary.runs).toBeGreaterThan(0);
    expect(summary.canary.runs_with_finds).toBe(summary.canary.runs);
    const families = new Set(Object.keys(summary.by_setting).map((g) => g.split('/')[0]));
    expect(families).toEqual(new Set(['paper', 'guide', 'weak', 'canary']));
    // The verdict is the summary's: 1 exactly when a setting expected to hold found something.
    expect(r.code, r.stdout + r.stderr).toBe(summary.unexpected.length > 0 ? 1 : 0);
    const keys = readdirSync(join(corpus, 'finds'));
    expect(keys.length).toBe(summary.unique_finds);
    for (const key of keys) {
      const trace = join(corpus, 'finds', key, 'trace.json');
      const replay = await runInProcess(['replay', trace]);
      expect(replay.code, `${trace}\n${replay.stdout}`).toBe(1);
      expect(replay.stdout).toContain(': reproduced');
      expect(readJson(join(corpus, 'finds', key, 'record.json')).count).toBeGreaterThanOrEqual(1);
    }
  });

  it('merges shards 0/2 and 1/2 into the corpus of the unsharded campaign over the same seeds', async () => {
    const root = tempDir();
    const dirs = {
      whole: join(root, 'whole'),
      s0: join(root, 's0'),
      s1: join(root, 's1'),
      merged: join(root, 'm'),
    };
    await runInProcess(['fuzz', '--seed', '7', '--runs', '12', '--corpus', dirs.whole]);
    await runInProcess(['fuzz', '--seed', '7', '--runs', '6', '--shard', '0/2', '--corpus', dirs.s0]);
    await runInProcess(['fuzz', '--seed', '7', '--runs', '6', '--shard', '1/2', '--corpus', dirs.s1]);
    const s0 = runsLog(dirs.s0).map((r) => r.seed);
    const s1 = runsLog(dirs.s1).map((r) => r.seed);
    expect(s0.filter((s) => s1.includes(s))).toEqual([]);
    await runInProcess(['fuzz', 'merge', '--corpus', dirs.merged, dirs.s0, dirs.s1]);
    const whole = corpusContent(dirs.whole);
    expect(Object.keys(whole.finds).length).toBeGreaterThan(0);
    expect(corpusContent(dirs.merged)).toEqual(whole);
  });
});
