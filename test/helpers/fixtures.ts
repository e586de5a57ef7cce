/**
 * Config files shared by the CLI tests, in the guide's JSON shape (snake_case fields).
 * One place for each, so a change of what "tiny" means changes every test that uses it.
 */

/** 3 validators, one of them offline, one slot: small enough to explore and to hand to TLC. */
export const TINY_CONFIG = {
  validators: 3,
  byzantine_count: 0,
  offline_count: 1,
  max_rounds: 1,
  leader_window_size: 1,
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
} as const;

/**
 * 5 equal validators, one equivocating Byzantine leader: exactly 20% Byzantine stake, which
 * breaks the whitepaper's "strictly less than 20%" assumption at 0.8/0.6 (two honest pairs plus
 * the Byzantine vote reach 60% for two different blocks).
 */
export const TWENTY_PERCENT_EQUIVOCATION = {
  validators: 5,
  byzantine_count: 1,
  offline_count: 0,
  max_rounds: 1,
  byzantine_strategy: 'equivocating_leader',
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
} as const;
