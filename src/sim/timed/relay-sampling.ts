import { assert } from '../../core/assert.ts';
import type { Rng } from '../../core/rng.ts';

/**
 * Rotor relay sampling, partition sampling "PS-P" (white paper §3.1, Def. 46): a validator with
 * stake fraction ρ gets ⌊ρ·Γ⌋ guaranteed relay slots; the left-over stake of everyone is laid out
 * in a fixed order and cut into the remaining bins of exactly 1/Γ of the stake each, and each bin
 * picks one validator in proportion to its share of that bin. Integer arithmetic throughout:
 * validator i holds stake_i·Γ units and every bin holds `total` units.
 * Returns Γ relay ids (a validator may hold several shreds).
 */
export function sampleRelays(stakes: readonly bigint[], shreds: number, rng: Rng): number[] {
  assert(Number.isInteger(shreds) && shreds >= 1, `shreds ${shreds}`);
  const gamma = BigInt(shreds);
  let total = 0n;
  for (const stake of stakes) total += stake;
  const relays: number[] = [];
  const leftovers: bigint[] = [];
  stakes.forEach((stake, id) => {
    const units = stake * gamma;
    const guaranteed = units / total;
    for (let k = 0n; k < guaranteed; k++) relays.push(id);
    leftovers.push(units - guaranteed * total);
  });
  const bins = shreds - relays.length;
  let id = 0;
  let remainingOfCurrent = leftovers[0] ?? 0n;
  for (let bin = 0; bin < bins; bin++) {
    // Walk `total` units of left-over stake; pick a point in them uniformly.
    const point = uniformBelow(rng, total);
    let walked = 0n;
    let chosen = -1;
    let need = total;
    while (need > 0n) {
      while (remainingOfCurrent === 0n) {
        id++;
        assert(id < stakes.length, 'PS-P ran out of left-over stake');
        remainingOfCurrent = leftovers[id] as bigint;
      }
      const take = need < remainingOfCurrent ? need : remainingOfCurrent;
      if (chosen === -1 && point < walked + take) chosen = id;
      walked += take;
      need -= take;
      remainingOfCurrent -= take;
    }
    relays.push(chosen);
  }
  assert(relays.length === shreds, 'PS-P produced the wrong number of relays');
  return relays;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A uniform integer in [0, maxExclusive). Up to 2^53 it is `rng.int`, the draw this sampling made
 * when stakes were numbers, so small configs keep their traces; above (lamport totals), 32-bit
 * words by rejection, exactly uniform.
 */
export function uniformBelow(rng: Rng, maxExclusive: bigint): bigint {
  assert(maxExclusive > 0n, `uniformBelow(${maxExclusive})`);
  if (maxExclusive <= SAFE) return BigInt(rng.int(Number(maxExclusive)));
  let words = 0;
  while (1n << BigInt(32 * words) < maxExclusive) words++;
  const range = 1n << BigInt(32 * words);
  const limit = range - (range % maxExclusive);
  for (;;) {
    let x = 0n;
    for (let w = 0; w < words; w++) x = (x << 32n) | BigInt(rng.u32());
    if (x < limit) return x % maxExclusive;
  }
}
