import { describe, expect, it } from 'vitest';
import { parseShard, runSeed, shardIndices } from '../../../src/cli/fuzz/seeds.ts';

function take(gen: Generator<number>, n: number): number[] {
  const out: number[] = [];
  for (const k of gen) {
    if (out.length === n) break;
    out.push(k);
  }
  return out;
}

describe('the campaign seed space', () => {
  it('run 0 has the campaign seed, so `fuzz --seed <a run seed> --runs 1` repeats that run', () => {
    expect(runSeed(7, 0)).toBe(7);
    expect(runSeed(2 ** 32 - 1, 0)).toBe(2 ** 32 - 1);
  });

  it('never repeats a seed within a campaign, and nearby campaigns share none', () => {
    const seeds = [7, 8, 9].flatMap((campaign) =>
      Array.from({ length: 20_000 }, (_, k) => runSeed(campaign, k)),
    );
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true);
    expect(new Set(seeds).size).toBe(60_000);
  });

  it('gives shards 0/2 and 1/2 disjoint runs whose union is the unsharded sequence', () => {
    const zero = take(shardIndices({ index: 0, count: 2 }), 50);
    const one = take(shardIndices({ index: 1, count: 2 }), 50);
    expect(zero.filter((k) => one.includes(k))).toEqual([]);
    expect([...zero, ...one].sort((a, b) => a - b)).toEqual(take(shardIndices({ index: 0, count: 1 }), 100));
  });

  it.each([
    ['2/2', '--shard: needs 0 <= i < n, got "2/2"'],
    ['0/0', '--shard: needs 0 <= i < n, got "0/0"'],
    ['1', '--shard: must be i/n (e.g. 0/4), got "1"'],
    ['-1/2', '--shard: must be i/n (e.g. 0/4), got "-1/2"'],
  ])('refuses --shard %s in one line', (text, line) => {
    expect(parseShard(text)).toBe(line);
  });

  it('reads --shard 3/4', () => {
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
  });
});
