import { assert } from './assert.ts';
import { LIMITS, PPM } from './limits.ts';

/**
 * Exact integer stake math, in bigint: a real validator set holds lamport stakes above 2^53
 * (epoch 780: 1.38e16 for the largest, 3.9e17 in all), where a JS number is no longer exact. A
 * threshold is held as parts per million (ppm) of total stake, and turned once into the smallest
 * stake that meets it, so every later comparison is a plain integer `>=`: `stake * 1e6 >= total *
 * ppm` exactly as the reference prescribes ("at least").
 */

const MILLION = BigInt(PPM);

/** Converts a config fraction such as 0.67 to ppm, refusing more than six decimals. */
export function fractionToPpm(fraction: number): number {
  const ppm = Math.round(fraction * PPM);
  assert(Math.abs(fraction * PPM - ppm) < 1e-6, `threshold ${fraction} has more than 6 decimals`);
  return ppm;
}

/** The smallest integer stake `q` with `q * 1e6 >= total * ppm` (ceiling division). */
export function quorumStake(totalStake: bigint, ppm: number): bigint {
  assert(
    typeof totalStake === 'bigint' && totalStake > 0n,
    `total stake ${totalStake} not a positive integer`,
  );
  assert(totalStake <= LIMITS.maxTotalStake, `total stake ${totalStake} above ${LIMITS.maxTotalStake}`);
  assert(Number.isInteger(ppm) && ppm >= 0 && ppm <= PPM, `ppm ${ppm} out of range`);
  return (totalStake * BigInt(ppm) + MILLION - 1n) / MILLION;
}

/** `stake >= ppm of total`, computed directly (used by properties that must not trust cached quorums). */
export function meetsPpm(stake: bigint, totalStake: bigint, ppm: number): boolean {
  return stake * MILLION >= totalStake * BigInt(ppm);
}

/** `stake > ppm of total` (strict; used by lemmas stated with "more than"). */
export function exceedsPpm(stake: bigint, totalStake: bigint, ppm: number): boolean {
  return stake * MILLION > totalStake * BigInt(ppm);
}

export function sumStake(stakes: readonly bigint[], members: Iterable<number>): bigint {
  let total = 0n;
  for (const m of members) {
    const s = stakes[m];
    assert(s !== undefined, `no stake for validator ${m}`);
    total += s;
  }
  return total;
}

/**
 * A stake as JSON writes it: a number while that is exact (every existing small config, so their
 * reports are unchanged), else a decimal string (JSON.parse would round a larger number).
 */
export function stakeToJson(stake: bigint): number | string {
  return stake <= BigInt(Number.MAX_SAFE_INTEGER) && stake >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(stake)
    : stake.toString();
}
