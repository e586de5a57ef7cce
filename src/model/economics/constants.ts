/**
 * Constants of Alpenglow's economics, exact, with where each comes from. Sources:
 * SIMD-0326 (proposals/0326-alpenglow.md, "Rewards", "Validator Admission Ticket (VAT)"),
 * SIMD-0357 (proposals/0357-alpenglow_validator_admission_ticket.md, "Detailed Design"), and
 * anza-xyz/alpenglow @9f284c9 (branch master-backup).
 */

/** Rewards for slot s are posted in slot s + 8 and only there (votor-messages/src/reward_certificate.rs `NUM_SLOTS_FOR_REWARD`; SIMD-0326 "Rewards"). */
export const NUM_SLOTS_FOR_REWARD = 8;

/** 1.6 SOL per admitted validator per epoch (runtime/src/bank.rs `ALPENGLOW_VAT_TO_BURN_PER_EPOCH`; SIMD-0326 "VAT"). */
export const VAT_LAMPORTS = 1_600_000_000n;

/** At most 2,000 validators by stake (runtime/src/bank.rs `MAX_ALPENGLOW_VOTE_ACCOUNTS`; SIMD-0357 step 4). */
export const MAX_ADMITTED_VALIDATORS = 2000;

export const LAMPORTS_PER_SOL = 1_000_000_000n;

/**
 * Rent-exempt minimum of a vote account, which SIMD-0357 step 3 adds to the VAT ("a balance of at
 * least VAT plus the necessary storage rent") and the code does not (vote/src/vote_account.rs
 * `clone_and_filter_for_alpenglow` compares `lamports()` with the VAT only): Rent::default()
 * (3,480 lamports per byte-year, exemption threshold 2 years, 128 bytes of account overhead) for
 * the 3,762-byte vote state: (128 + 3762) · 3480 · 2.
 */
export const VOTE_ACCOUNT_RENT_EXEMPT_LAMPORTS = (128n + 3762n) * 3480n * 2n;

/**
 * Slots per year at 400 ms per slot (160 ticks/s, 64 ticks per slot; genesis `slots_per_year`):
 * 365.25 · 24 · 3600 · 160 / 64. The epoch inflation is rate · capitalization · N / slots_per_year
 * (runtime/src/bank.rs `calculate_epoch_inflation_rewards`, `epoch_duration_in_years`).
 */
export const SLOTS_PER_YEAR = 78_894_000n;

/** Mainnet's epoch length, for the break-even figure at the real epoch length. */
export const MAINNET_SLOTS_PER_EPOCH = 432_000n;

/** Parts per million, the unit of the yearly inflation rate (exact integer arithmetic). */
export const PPM = 1_000_000n;
