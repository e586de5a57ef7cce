import { applyByzantineTopStake, nullableStakeFraction } from './byzantine-by-stake.ts';
import { checkEconomicRules, isLamports, nullableBalances } from './economic-fields.ts';
import {
  type FieldCheck,
  integerAtLeast,
  isBoolean,
  isProbabilityBelowOne,
  isString,
  isThreshold,
  nullableIntegerAtLeast,
  oneOf,
  outOfRange,
  show,
} from './field-checks.ts';
import { checkLatencyRules, nullableLocations } from './latency-fields.ts';
import { checkRules } from './rules.ts';
import { canonicalStakes, isStakeMap } from './stake-fields.ts';
import { closestName } from './suggest.ts';
import {
  type AlpenglowConfig,
  type ConfigProblem,
  DEFAULT_CONFIG,
  EXTENSION_FIELDS,
  GUIDE_FIELDS,
  LATENCY_MODEL_NAMES,
  LEADER_SCHEDULE_NAMES,
  PARTITION_MODES,
  PROTOCOL_NAMES,
} from './types.ts';
import { visible } from './visible.ts';

export type ConfigResult = { ok: true; config: AlpenglowConfig } | { ok: false; problems: ConfigProblem[] };

const nullableIdList: FieldCheck = (field, value) => {
  if (value === null) return null;
  if (!Array.isArray(value) || !value.every((v) => Number.isSafeInteger(v) && v >= 0)) {
    return { field, message: `must be null or a list of validator ids (integers >= 0), got ${show(value)}` };
  }
  return null;
};

const TYPE_CHECKS: Record<keyof AlpenglowConfig, FieldCheck> = {
  validators: integerAtLeast(1),
  byzantine_count: integerAtLeast(0),
  offline_count: integerAtLeast(0),
  max_rounds: integerAtLeast(1),
  network_delay: integerAtLeast(0),
  timeout_ms: integerAtLeast(1),
  exploration_depth: integerAtLeast(1),
  leader_window_size: integerAtLeast(1),
  adaptive_timeouts: isBoolean,
  vrf_enabled: isBoolean,
  network_partitions: isBoolean,
  stress_test: isBoolean,
  test_edge_cases: isBoolean,
  stake_distribution: isStakeMap,
  bandwidth_limit: integerAtLeast(1),
  erasure_coding: (field, value) =>
    value === null ||
    (Array.isArray(value) && value.length === 2 && value.every((v) => Number.isSafeInteger(v)))
      ? null
      : { field, message: `must be null or [k, n] with integers 1 <= k <= n, got ${show(value)}` },
  fast_path_threshold: isThreshold,
  slow_path_threshold: isThreshold,
  seed: nullableIntegerAtLeast(0),
  byzantine_validators: nullableIdList,
  offline_validators: nullableIdList,
  byzantine_strategy: isString,
  gst_ms: integerAtLeast(0),
  leader_offset: nullableIntegerAtLeast(0),
  allow_fast_below_slow: isBoolean,
  protocol: oneOf(PROTOCOL_NAMES),
  message_loss: isProbabilityBelowOne,
  partition_mode: oneOf(PARTITION_MODES),
  // At least one slot (Δblock): a shorter standstill re-broadcasts many times a slot, which costs
  // time and memory without modelling anything (standstill_ms 1 ran out of memory in a review).
  standstill_ms: integerAtLeast(400),
  standstill_rebroadcast: isBoolean,
  leader_schedule: oneOf(LEADER_SCHEDULE_NAMES),
  leader_schedule_epoch: nullableIntegerAtLeast(0),
  epoch_slots: integerAtLeast(1),
  economic_epochs: integerAtLeast(1),
  supply_lamports: isLamports,
  validator_inflation_rate: isProbabilityBelowOne,
  stake_unit_lamports: integerAtLeast(1),
  vote_balances: nullableBalances,
  vat_requires_rent: isBoolean,
  reward_censors: nullableIdList,
  reward_censored: nullableIdList,
  latency_model: oneOf(LATENCY_MODEL_NAMES),
  validator_locations: nullableLocations,
  byzantine_top_stake: nullableStakeFraction,
  // The config file loader reads the file and resolves it to null (src/cli/config-file.ts).
  validator_set: (field, value) =>
    value === null
      ? null
      : {
          field,
          message:
            typeof value === 'string'
              ? 'is read only from a config file (--config); here give validators, stake_distribution and validator_locations'
              : `must be a path to a validator set CSV, got ${show(value)}`,
        },
};

/** Validates a parsed JSON value as a config: every problem at once, one per line, naming the field. */
export function validateConfig(raw: unknown): ConfigResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ field: '(config)', message: `must be a JSON object, got ${show(raw)}` }],
    };
  }
  const problems: ConfigProblem[] = [];
  const known: readonly string[] = [...GUIDE_FIELDS, ...EXTENSION_FIELDS];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      const hint = closestName(key, known);
      problems.push({
        field: visible(key),
        message: `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }
  }
  const merged = { ...DEFAULT_CONFIG } as Record<string, unknown>;
  const written = new Set<string>();
  const bad = new Set<string>();
  for (const field of known) {
    const value = (raw as Record<string, unknown>)[field];
    if (value === undefined) continue;
    written.add(field);
    const problem = outOfRange(field, value) ?? TYPE_CHECKS[field as keyof AlpenglowConfig](field, value);
    if (problem) {
      problems.push(problem);
      bad.add(field);
    } else merged[field] = value;
  }
  const config = merged as unknown as AlpenglowConfig;
  // Before the rules: they judge the Byzantine set it names as if the file had listed it.
  problems.push(...applyByzantineTopStake(config, written, bad));
  const input = { config, written, bad };
  problems.push(...checkRules(input), ...checkEconomicRules(input), ...checkLatencyRules(input));
  if (problems.length > 0) return { ok: false, problems };
  if (config.stake_distribution !== null)
    config.stake_distribution = canonicalStakes(config.stake_distribution);
  return { ok: true, config };
}
