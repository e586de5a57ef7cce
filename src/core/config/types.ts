/**
 * The JSON configuration of the original guide ("JSON Configuration Format"), field for field,
 * plus optional extensions (design.md §5). Snake case is the file format; it is kept as is so a
 * config written for the guide loads unchanged.
 */
export interface AlpenglowConfig {
  validators: number;
  byzantine_count: number;
  offline_count: number;
  max_rounds: number;
  network_delay: number;
  timeout_ms: number;
  exploration_depth: number;
  leader_window_size: number;
  adaptive_timeouts: boolean;
  vrf_enabled: boolean;
  network_partitions: boolean;
  stress_test: boolean;
  test_edge_cases: boolean;
  /** Stake per validator id: a safe JSON integer or a decimal string (lamports pass 2^53). */
  stake_distribution: Record<string, number | string> | null;
  bandwidth_limit: number;
  erasure_coding: [number, number] | null;
  fast_path_threshold: number;
  slow_path_threshold: number;
  // Extensions (optional in the file, always present once resolved).
  seed: number | null;
  byzantine_validators: number[] | null;
  offline_validators: number[] | null;
  byzantine_strategy: string;
  gst_ms: number;
  leader_offset: number | null;
  /** Runs fast_path_threshold < slow_path_threshold, which is refused by default (validate.ts). */
  allow_fast_below_slow: boolean;
  /** Which variant of Votor the model runs: its rules are src/model/protocol-rules.ts. */
  protocol: ProtocolName;
  /** Probability that the network loses one message between two validators, in [0, 1) (src/sim/timed/loss.ts). */
  message_loss: number;
  /** What a partition does to a message across it: hold it until it heals, or lose it. */
  partition_mode: PartitionMode;
  /** Δstandstill: simulated ms without a new finalization before a node re-broadcasts (paper §3.3). */
  standstill_ms: number;
  /** Whether a node in a standstill re-broadcasts its certificates and votes (off: show what breaks). */
  standstill_rebroadcast: boolean;
  /**
   * Which leader schedule the model runs (issue 13): round-robin rotated by `leader_offset`, or
   * Solana's stake-weighted draw seeded by the epoch (src/model/leader-schedule/), with vrf_enabled.
   */
  leader_schedule: LeaderScheduleName;
  /** The epoch that seeds the stake-weighted schedule; null: generated (drawn from the seed, explored). */
  leader_schedule_epoch: number | null;
  /** Economics (issue 14, src/model/economics): N, slots per epoch (≥ 8: a reward is claimed 8 slots later). */
  epoch_slots: number;
  /** Epochs an economic_model run covers (each slot of them can be claimed). */
  economic_epochs: number;
  /** Total supply (capitalization) at the start, lamports: a decimal string or a safe integer. */
  supply_lamports: string | number;
  /** Yearly validator inflation rate in [0, 1), at most 6 decimals. */
  validator_inflation_rate: number;
  /** Lamports per unit of stake_distribution (equal stake: one unit each). */
  stake_unit_lamports: number;
  /** Vote account balance per validator id in lamports (null: 10 SOL each; missing ids too). */
  vote_balances: Record<string, number> | null;
  /** Admission needs VAT + rent (SIMD-0357) instead of the VAT alone (the implementation). */
  vat_requires_rent: boolean;
  /** Leaders that omit `reward_censored` from their reward aggregates (null: none). */
  reward_censors: number[] | null;
  reward_censored: number[] | null;
  /**
   * How the timed simulator times a link (issue 15): "uniform" is network_delay plus a seeded
   * spread of a quarter of it; "geographic" derives each link from validator_locations
   * (src/sim/timed/geo-latency.ts).
   */
  latency_model: LatencyModelName;
  /** Where each validator is, by id (null: unknown); the validator_set loader fills it from the CSV. */
  validator_locations: (ValidatorLocation | null)[] | null;
  /**
   * The Byzantine set by stake rank (issue 15): the largest validators whose stake stays ≤ this
   * fraction of the total (byzantine-by-stake.ts); it fills byzantine_validators and byzantine_count.
   */
  byzantine_top_stake: number | null;
  /**
   * A real validator set's CSV (issue 15; src/cli/validator-set.ts): read by the config file
   * loader into validators, stake_distribution (lamports) and validator_locations; null once resolved.
   */
  validator_set: string | null;
}

/** A validator's location: decimal degrees and the CSV's ASN-country-city data centre key. */
export interface ValidatorLocation {
  lat_deg: number;
  lon_deg: number;
  data_center: string;
}

/** Latency models a config may name (issue 15). */
export const LATENCY_MODEL_NAMES = ['uniform', 'geographic'] as const;

export type LatencyModelName = (typeof LATENCY_MODEL_NAMES)[number];

/** The protocol variants a config may name (issue 12); "whitepaper" is the paper's Votor. */
export const PROTOCOL_NAMES = ['whitepaper', 'agave'] as const;

export type ProtocolName = (typeof PROTOCOL_NAMES)[number];

/** Partition behaviours a config may name (issue 12): "hold" delays messages, "drop" loses them. */
export const PARTITION_MODES = ['hold', 'drop'] as const;

export type PartitionMode = (typeof PARTITION_MODES)[number];

/** Leader schedules a config may name (issue 13); "stake_weighted" is Solana's, not a VRF. */
export const LEADER_SCHEDULE_NAMES = ['round_robin', 'stake_weighted'] as const;

export type LeaderScheduleName = (typeof LEADER_SCHEDULE_NAMES)[number];

/** The guide's defaults (its example config); extensions default to "derive from the seed". */
export const DEFAULT_CONFIG: AlpenglowConfig = {
  validators: 5,
  byzantine_count: 1,
  offline_count: 1,
  max_rounds: 10,
  network_delay: 100,
  timeout_ms: 5000,
  exploration_depth: 1000,
  leader_window_size: 4,
  adaptive_timeouts: true,
  vrf_enabled: true,
  network_partitions: false,
  stress_test: false,
  test_edge_cases: false,
  stake_distribution: null,
  bandwidth_limit: 1_000_000,
  erasure_coding: null,
  fast_path_threshold: 0.67,
  slow_path_threshold: 0.51,
  seed: null,
  byzantine_validators: null,
  offline_validators: null,
  byzantine_strategy: 'arbitrary',
  gst_ms: 0,
  leader_offset: null,
  allow_fast_below_slow: false,
  protocol: 'whitepaper',
  message_loss: 0,
  partition_mode: 'hold',
  standstill_ms: 10_000,
  standstill_rebroadcast: true,
  leader_schedule: 'round_robin',
  leader_schedule_epoch: null,
  epoch_slots: 16,
  economic_epochs: 3,
  supply_lamports: '600000000000000000',
  validator_inflation_rate: 0.04,
  stake_unit_lamports: 100_000_000_000_000,
  vote_balances: null,
  vat_requires_rent: false,
  reward_censors: null,
  reward_censored: null,
  latency_model: 'uniform',
  validator_locations: null,
  byzantine_top_stake: null,
  validator_set: null,
};

export const GUIDE_FIELDS = [
  'validators',
  'byzantine_count',
  'offline_count',
  'max_rounds',
  'network_delay',
  'timeout_ms',
  'exploration_depth',
  'leader_window_size',
  'adaptive_timeouts',
  'vrf_enabled',
  'network_partitions',
  'stress_test',
  'test_edge_cases',
  'stake_distribution',
  'bandwidth_limit',
  'erasure_coding',
  'fast_path_threshold',
  'slow_path_threshold',
] as const;

export const EXTENSION_FIELDS = [
  'seed',
  'byzantine_validators',
  'offline_validators',
  'byzantine_strategy',
  'gst_ms',
  'leader_offset',
  'allow_fast_below_slow',
  'protocol',
  'message_loss',
  'partition_mode',
  'standstill_ms',
  'standstill_rebroadcast',
  'leader_schedule',
  'leader_schedule_epoch',
  'epoch_slots',
  'economic_epochs',
  'supply_lamports',
  'validator_inflation_rate',
  'stake_unit_lamports',
  'vote_balances',
  'vat_requires_rent',
  'reward_censors',
  'reward_censored',
  'latency_model',
  'validator_locations',
  'byzantine_top_stake',
  'validator_set',
] as const;

export type ConfigField = keyof AlpenglowConfig;

/** One validation problem: the field it is about and the rule it breaks. */
export interface ConfigProblem {
  field: string;
  message: string;
}
