import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type CampaignOptions, runCampaign } from '../../../src/cli/fuzz/campaign.ts';
import { isStopped, type LaneFactory } from '../../../src/cli/fuzz/lanes.ts';
import { mergeCorpora } from '../../../src/cli/fuzz/merge.ts';
import { runSeed, WHOLE } from '../../../src/cli/fuzz/seeds.ts';
import { DEFAULT_CONFIG } from '../../../src/core/config/index.ts';
import { tempDir } from '../../helpers/cli.ts';
import { corpusContent, runsLog } from '../../helpers/corpus.ts';
import { fakeLanes, fakeOutcome } from '../../helpers/fuzz.ts';

/**
 * The real campaign, corpus, runs log and merge, with a fast driver decided by the seed
 * (test/helpers/fuzz.ts); test/cli/fuzz.test.ts runs the real drivers through bin/alpenglow.
 */
const quiet = { out: () => {}, err: () => {} };

function options(corpus: string, o: Partial<CampaignOptions> = {}): CampaignOptions {
  return { corpus, seed: 42, shard: WHOLE, pinned: null, maxRuns: 30, durationMs: null, workers: 1, ...o };
}

const seedsOf = (dir: string) => runsLog(dir).map((r) => r.seed as number);

describe('a fuzzing campaign', () => {
  it('makes the same corpus from the same seed', async () => {
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')];
    await runCampaign(options(a), quiet, fakeLanes);
    await runCampaign(options(b), quiet, fakeLanes);
    const content = corpusContent(a);
    expect(content.runs).toHaveLength(30);
    expect(Object.keys(content.finds).length).toBeGreaterThan(1);
    expect(corpusContent(b)).toEqual(content);
  });

  it('makes the same corpus with two lanes as with one (the kept trace is the smallest seed’s)', async () => {
    const [one, two] = [join(tempDir(), 'one'), join(tempDir(), 'two')];
    await runCampaign(options(one), quiet, fakeLanes);
    await runCampaign(options(two, { workers: 2 }), quiet, fakeLanes);
    expect(corpusContent(two)).toEqual(corpusContent(one));
  });

  it('splits the seeds between shards, and their merge is the unsharded corpus', async () => {
    const root = tempDir();
    const whole = join(root, 'whole');
    const [s0, s1, merged] = [join(root, 's0'), join(root, 's1'), join(root, 'merged')];
    await runCampaign(options(whole, { maxRuns: 40 }), quiet, fakeLanes);
    await runCampaign(options(s0, { maxRuns: 20, shard: { index: 0, count: 2 } }), quiet, fakeLanes);
    await runCampaign(options(s1, { maxRuns: 20, shard: { index: 1, count: 2 } }), quiet, fakeLanes);
    expect(seedsOf(s0).filter((s) => seedsOf(s1).includes(s))).toEqual([]);
    // The stand-in finds in paper settings too (expected to hold): the merged verdict is 1.
    expect(mergeCorpora(merged, [s0, s1], './bin/alpenglow', quiet)).toBe(1);
    expect(corpusContent(merged)).toEqual(corpusContent(whole));
    // Merging again, or in the other order, changes nothing.
    mergeCorpora(merged, [s1, s0, merged], './bin/alpenglow', quiet);
    expect(corpusContent(merged)).toEqual(corpusContent(whole));
  });

  it('resumes the seed sequence on the same corpus, without --seed too, repeating no seed', async () => {
    const dir = join(tempDir(), 'c');
    await runCampaign(options(dir, { maxRuns: 5 }), quiet, fakeLanes);
    await runCampaign(options(dir, { maxRuns: 5, seed: null }), quiet, fakeLanes);
    expect(seedsOf(dir)).toEqual(Array.from({ length: 10 }, (_, k) => runSeed(42, k)));
  });

  it('counts each find once per run that found it', async () => {
    const dir = join(tempDir(), 'c');
    await runCampaign(options(dir), quiet, fakeLanes);
    const content = corpusContent(dir);
    const counts = Object.values(content.finds).map((f) => (f as { record: { count: number } }).record.count);
    const runsWithFinds = runsLog(dir).filter((r) => (r.finds as unknown[]).length > 0).length;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(runsWithFinds);
    expect(Math.max(...counts)).toBeGreaterThan(1);
  });

  it('exits 1 on a find in a setting expected to hold (a pinned config), 0 when nothing is found', async () => {
    const pinned = { path: 'x.json', config: { ...DEFAULT_CONFIG }, driver: 'pbt' as const };
    const finding = await runCampaign(
      options(join(tempDir(), 'c'), { pinned, maxRuns: 3 }),
      quiet,
      fakeLanes,
    );
    expect(finding).toBe(1);
    const nothing: LaneFactory = () => ({
      run: async (s, setting) => fakeOutcome(s, setting, null),
      close: async () => {},
    });
    expect(await runCampaign(options(join(tempDir(), 'c'), { pinned, maxRuns: 3 }), quiet, nothing)).toBe(0);
  });

  it('exits 0 when only settings expected to break found something, 1 when the canary found nothing', async () => {
    const onlyBreaking: LaneFactory = () => ({
      run: async (s, setting) => fakeOutcome(s, setting, setting.expect === 'break' ? 0 : null),
      close: async () => {},
    });
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: () => {} };
    expect(await runCampaign(options(join(tempDir(), 'c'), { maxRuns: 40 }), io, onlyBreaking)).toBe(0);
    expect(lines.join('\n')).toMatch(/canary: (\d+) of \1 runs found a violation/);
    const silentCanary: LaneFactory = () => ({
      run: async (s, setting) => fakeOutcome(s, setting, null),
      close: async () => {},
    });
    const dir = join(tempDir(), 'c');
    lines.length = 0;
    expect(await runCampaign(options(dir, { maxRuns: 40 }), io, silentCanary)).toBe(1);
    expect(lines.join('\n')).toContain('CANARY SILENT');
  });

  // A real SIGINT reaches a process as an event-loop callback; emitting it from a macrotask is
  // the same callback, in the same place. Counts, not times: how many runs were logged.
  it('hears a signal between quick runs: no run starts after it (exit 130)', async () => {
    const dir = join(tempDir(), 'c');
    setImmediate(() => process.emit('SIGINT'));
    const code = await runCampaign(options(dir, { maxRuns: 2_000 }), quiet, fakeLanes);
    expect(code).toBe(130);
    // Runs that never leave the microtask queue kept the signal out until all 2,000 had run.
    expect(runsLog(dir).length).toBeLessThanOrEqual(1);
  });

  it('tells the runs in progress to stop on a signal, and logs none of them', async () => {
    const dir = join(tempDir(), 'c');
    const lines: string[] = [];
    const io = { out: () => {}, err: (l: string) => lines.push(l) };
    let started = 0;
    // A run that would never end unless told to stop.
    const endless: LaneFactory = (_env, _workers, stop) => ({
      run: async (s, setting) => {
        if (++started === 2) process.emit('SIGTERM');
        while (!isStopped(stop)) await new Promise((resolve) => setImmediate(resolve));
        return fakeOutcome(s, setting, 0);
      },
      close: async () => {},
    });
    expect(await runCampaign(options(dir, { workers: 2 }), io, endless)).toBe(143);
    expect(started).toBe(2);
    expect(runsLog(dir)).toEqual([]);
    expect(lines.join('\n')).toContain('2 runs cut short, not logged');
  });

  it('leaves at once on a second signal while the lanes close, not by the signal itself', async () => {
    // The latch is held until the campaign returns: released before the lanes closed, a second
    // Ctrl-C there fell to Node's default and ended the process by the signal, with no exit code.
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      const closing: LaneFactory = (_env, _workers, stop) => ({
        run: async (s, setting) => {
          process.emit('SIGINT');
          while (!isStopped(stop)) await new Promise((resolve) => setImmediate(resolve));
          return fakeOutcome(s, setting, 0);
        },
        close: async () => {
          process.emit('SIGINT'); // the second, while this lane's worker is being closed
        },
      });
      expect(await runCampaign(options(join(tempDir(), 'c')), quiet, closing)).toBe(130);
      expect(exit).toHaveBeenCalledWith(130);
    } finally {
      exit.mockRestore();
    }
  });
});
