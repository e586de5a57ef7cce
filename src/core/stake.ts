import { assert } from './assert.ts';
import { LIMITS, PPM } from './limits.ts';

/**
 * Exact integer stake math. A threshold is held as parts per million (ppm) of total stake, and
 * turned once into the smallest stake that meets it, so every later comparison is a plain
 * integer `>=`: `stake * 1e6 >= total * ppm` exactly as the reference prescribes ("at least").
 */

/** Converts a config fraction such as 0.67 to ppm, refusing more than six decimals. */
export function fractionToPpm(fraction: number): number {
  const ppm = Math.round(fraction * PPM);
  assert(Math.abs(fraction * PPM - ppm) < 1e-6, `threshold ${fraction} has more than 6 decimals`);
  return ppm;
}

/** The smallest integer stake `q` with `q * 1e6 >= total * ppm` (ceiling division in bigint). */
export function quorumStake(totalStake: number, ppm: number): number {
  assert(
    Number.isSafeInteger(totalStake) && totalStake > 0,
    `total stake ${totalStake} not a positive integer`,
  );
  assert(totalStake <= LIMITS.maxTotalStake, `total stake ${totalStake} above ${LIMITS.maxTotalStake}`);
  assert(Number.isInteger(ppm) && ppm >= 0 && ppm <= PPM, `ppm ${ppm} out of range`);
  const product = BigInt(totalStake) * BigInt(ppm);
  const million = BigInt(PPM);
  return Number((product + million - 1n) / million);
}

/** `stake >= ppm of total`, computed directly (used by properties that must not trust cached quorums). */
export function meetsPpm(stake: number, totalStake: number, ppm: number): boolean {
  return BigInt(stake) * BigInt(PPM) >= BigInt(totalStake) * BigInt(ppm);
}

/** `stake > ppm of total` (strict; used by lemmas stated with "more than"). */
export function exceedsPpm(stake: number, totalStake: number, ppm: number): boolean {
  return BigInt(stake) * BigInt(PPM) > BigInt(totalStake) * BigInt(ppm);
}

export function sumStake(stakes: readonly number[], members: Iterable<number>): number {
  let total = 0;
  for (const m of members) {
    const s = stakes[m];
    assert(s !== undefined, `no stake for validator ${m}`);
    total += s;
  }
  return total;
}
