/**
 * The campaign's seed space. Run k of the campaign with seed S has seed (S + k·G) mod 2^32, G the
 * golden-ratio constant (odd, so k ↦ seed is a bijection: a campaign never repeats a seed within
 * 2^32 runs, and run 0 has seed S, so `fuzz --seed <a run's seed> --runs 1` repeats that run).
 * Campaigns with nearby seeds do not share runs either: S + 1 meets S only 2^32 / G-inverse runs
 * apart. Shard i of n takes the runs k ≡ i (mod n): n machines never run the same seed, and their
 * runs together are the unsharded campaign's.
 */
const GOLDEN = 0x9e3779b9;

export const SEED_SPACE = 2 ** 32;

export function runSeed(campaignSeed: number, index: number): number {
  // Math.imul keeps the product in 32 bits; >>> 0 makes it unsigned.
  return (campaignSeed + Math.imul(index, GOLDEN)) >>> 0;
}

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Shard = { index: 0, count: 1 };

/** `--shard i/n` with 0 ≤ i < n; a problem line otherwise. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return `--shard: must be i/n (e.g. 0/4), got "${text}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) return `--shard: needs 0 <= i < n, got "${text}"`;
  return { index, count };
}

/** The shard's run indices in order, from the first, as many as wanted (lazily). */
export function* shardIndices(shard: Shard): Generator<number> {
  for (let k = shard.index; k < SEED_SPACE; k += shard.count) yield k;
}
