import { PPM, SLOTS_PER_YEAR } from './constants.ts';

/**
 * M, the validator inflation of one epoch: rate · capitalization · N / slots_per_year, rounded
 * down. The code computes it in f64 (runtime/src/bank.rs `calculate_epoch_inflation_rewards`:
 * validator_rate · capitalization · epoch_duration_in_years, cast to u64) from the previous
 * epoch's capitalization (vote_reward/epoch_inflation_account_state.rs `new_epoch_update_account`);
 * here it is exact rational arithmetic on the same formula, with a constant yearly rate (the
 * taper of the rate across years is not modelled). SIMD-0326 "Rewards" writes the compounding
 * form (1 + rate)^(epoch/year) − 1, which the code does not use; the two differ by less than
 * rate²/2 relative.
 */
export function epochInflationLamports(
  supplyLamports: bigint,
  inflationPpm: bigint,
  epochSlots: number,
): bigint {
  return (supplyLamports * inflationPpm * BigInt(epochSlots)) / (PPM * SLOTS_PER_YEAR);
}

/** One included vote's reward and its split (vote_reward.rs `calculate_reward`). */
export interface VoteReward {
  /** r = ⌊M · stake / (N · total_stake)⌋ */
  readonly total: bigint;
  /** ⌊r / 2⌋ to the voter */
  readonly voter: bigint;
  /** r − ⌊r / 2⌋ to the leader that posted the aggregate */
  readonly leader: bigint;
}

/**
 * r = ⌊M · stake / (N · total_stake)⌋ in one division, "to maintain precision" as the code says
 * (u128 there), split ⌊r/2⌋ to the voter and the rest to the leader ("split equally between the
 * validators and the leader", SIMD-0326 "Rewards": R·T/2 each).
 */
export function voteReward(
  inflation: bigint,
  epochSlots: number,
  stake: bigint,
  totalStake: bigint,
): VoteReward {
  const denominator = BigInt(epochSlots) * totalStake;
  const total = denominator === 0n ? 0n : (inflation * stake) / denominator;
  const voter = total / 2n;
  return { total, voter, leader: total - voter };
}
