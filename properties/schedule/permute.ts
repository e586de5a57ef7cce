import type { StakeEntry } from './types.ts';

/** The entries rotated to start at `start` (a validator that lists itself first). */
export function rotated(entries: readonly StakeEntry[], start: number): StakeEntry[] {
  return entries.map((_, i) => entries[(i + start) % entries.length] as StakeEntry);
}

/**
 * The entries in an order mixed by `key`, deterministic (no randomness in properties/): a
 * multiplicative hash of each id sorts them, the way a hash map's iteration order scrambles them.
 */
export function scrambled(entries: readonly StakeEntry[], key: bigint): StakeEntry[] {
  const salt = Number(key % 1_000_003n);
  const rank = (id: number) => Math.imul(id + 1, 2_654_435_761) ^ Math.imul(salt + 7, 40_503);
  return [...entries].sort((a, b) => rank(a.id) - rank(b.id));
}
