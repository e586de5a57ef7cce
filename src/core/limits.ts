/**
 * Every bound of the tool in one place. Loops over protocol data are bounded by these, and
 * config validation refuses values beyond them.
 */
export const LIMITS = {
  /** Validators in one configuration (the paper's certificate bitmap holds 2000). */
  maxValidators: 2000,
  /** Slots a run may reach (`max_rounds`). */
  maxSlots: 100_000,
  /** Total stake must keep `stake * 1e6` exact in a double. */
  maxTotalStake: 9_000_000_000,
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
