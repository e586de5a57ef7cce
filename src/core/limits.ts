/**
 * Every bound of the tool in one place. Loops over protocol data are bounded by these, and
 * config validation refuses values beyond them.
 */
export const LIMITS = {
  /** Validators in one configuration (the paper's certificate bitmap holds 2000). */
  maxValidators: 2000,
  /** Slots a run may reach (`max_rounds`). */
  maxSlots: 100_000,
  /**
   * Total stake, as agave bounds it: stakes are u64 lamports and their sum must fit a u64 too
   * (epoch 780 totals 3.9e17). Stake math is bigint (core/stake.ts), so this is a sanity bound.
   */
  maxTotalStake: 18_446_744_073_709_551_615n,
  /** Actions in one generated schedule. */
  maxScheduleLength: 5_000,
  /** Events one node may process inside one atomic step (drain bound, see votor/drain). */
  maxEventsPerStep: 10_000,
  /** Delta-debugging passes over one counterexample. */
  maxShrinkPasses: 64,
} as const;

/** Pool rule (Def. 12): at most this many NotarFallback votes per voter and slot are stored. */
export const MAX_NOTAR_FALLBACK_PER_VOTER = 3;

/** Thresholds are parts per million of total stake. */
export const PPM = 1_000_000;
