import fc from 'fast-check';
import { type ConfigSpace, configArb } from '../../../arbitraries/config.ts';
import type { Mode } from '../../../scenarios/types.ts';
import { type AlpenglowConfig, DEFAULT_CONFIG } from '../../core/config/index.ts';
import { type Rng, rngFromSeed } from '../../core/rng.ts';

/**
 * Which thresholds a drawn setting uses, and so what its finds mean: `paper` is the white paper's
 * 0.8/0.6 with Byzantine stake strictly below 20% (a violation there is a bug), `guide` the
 * guide's default 0.67/0.51 and `weak` thresholds weaker still (violations are expected there:
 * they exercise the search, the shrinker and the corpus), `canary` one fixed setting known to
 * break (a campaign whose canary finds nothing has lost its teeth), `pinned` a `--config` file.
 */
export type Family = 'paper' | 'guide' | 'weak' | 'canary' | 'pinned';

/** What a run of a setting should find: nothing (a find fails the campaign) or a violation. */
export type Expectation = 'hold' | 'break';

/** Counts a run may spend, never time: the same run does the same work on every machine. */
export interface Budget {
  /** Random schedules (pbt) or timed runs (sim); 1 for exhaustive. */
  readonly runs: number;
  /** Steps per schedule (pbt) or BFS depth (exhaustive); the config's exploration_depth. */
  readonly depth: number;
  /** Exhaustive only: distinct states and messages in flight. */
  readonly maxStates: number;
  readonly maxInFlight: number | null;
}

/** Everything one campaign run is: drawn from its seed (swarm testing), or pinned by --config. */
export interface FuzzSetting {
  readonly family: Family;
  readonly expect: Expectation;
  readonly driver: Mode;
  readonly config: AlpenglowConfig;
  readonly budget: Budget;
}

/** One in this many runs is the canary: often enough that an hour-long shard draws hundreds. */
export const CANARY_ONE_IN = 8;

/** The guide's thresholds with one equivocating leader of five: broken within a few schedules. */
const CANARY_CONFIG: AlpenglowConfig = {
  ...DEFAULT_CONFIG,
  validators: 5,
  byzantine_count: 1,
  offline_count: 0,
  max_rounds: 2,
  exploration_depth: 400,
  byzantine_strategy: 'equivocating_leader',
  fast_path_threshold: 0.67,
  slow_path_threshold: 0.51,
};

/** Weaker than the guide's: F and S pairs where conflicting certificates need little stake. */
const WEAK_THRESHOLDS: readonly (readonly [number, number])[] = [
  [0.6, 0.5],
  [0.55, 0.55],
  [0.7, 0.45],
  [0.51, 0.51],
];

const THRESHOLDS: Readonly<Record<'paper' | 'guide', readonly [number, number]>> = {
  paper: [0.8, 0.6],
  guide: [0.67, 0.51],
};

/** Relative weights of the drawn families and drivers (the canary is drawn before them). */
const FAMILY_WEIGHTS: readonly [Family, number][] = [
  ['paper', 4],
  ['guide', 1],
  ['weak', 1],
];
const DRIVER_WEIGHTS: readonly [Mode, number][] = [
  ['pbt', 7],
  ['sim', 2],
  ['exhaustive', 1],
];

/** The setting of the run with this seed, every choice from its own named stream of the seed. */
export function drawSetting(seed: number): FuzzSetting {
  const rng = rngFromSeed(`fuzz-setting/${seed}`);
  if (rng.fork('canary').int(CANARY_ONE_IN) === 0) return canarySetting(rng.fork('budget'));
  const family = weighted(rng.fork('family'), FAMILY_WEIGHTS);
  const driver = weighted(rng.fork('driver'), DRIVER_WEIGHTS);
  const [fast, slow] =
    family === 'weak'
      ? rng.fork('thresholds').pick(WEAK_THRESHOLDS)
      : THRESHOLDS[family as 'paper' | 'guide'];
  const base = sampled(configArb(configSpace(family, driver, fast, slow)), rng.fork('config'));
  const config = driverConfig(driver, { ...base, leader_schedule: scheduleOf(rng.fork('schedule')) }, rng);
  const budget = drawBudget(driver, rng.fork('budget'));
  return {
    family,
    expect: family === 'paper' ? 'hold' : 'break',
    driver,
    // The trace records the depth the run used: exploration_depth is the config's name for it.
    config: driver === 'sim' ? config : { ...config, exploration_depth: budget.depth },
    budget,
  };
}

/** Schedules (pbt) and timed runs (sim) of one run of a pinned setting; a search is one run. */
const PINNED_RUNS: Readonly<Record<Mode, number>> = { pbt: 10, sim: 2, exhaustive: 1 };
const PINNED_MAX_STATES = 2_000;

/**
 * A `--config` file's setting: its config as given (its exploration_depth is the steps per
 * schedule or the search depth), the driver `--mode` names, a fixed budget; only the driver's own
 * randomness comes from the seed. A pinned setting is expected to hold: that is why one pins it.
 */
export function pinnedSetting(config: AlpenglowConfig, driver: Mode): FuzzSetting {
  return {
    family: 'pinned',
    expect: 'hold',
    driver,
    config,
    budget: {
      runs: PINNED_RUNS[driver],
      depth: config.exploration_depth,
      maxStates: driver === 'exhaustive' ? PINNED_MAX_STATES : 0,
      maxInFlight: null,
    },
  };
}

/** The setting as the runs log and the corpus record it: the config as its changes to the defaults. */
export interface SettingRecord {
  readonly family: Family;
  readonly expect: Expectation;
  readonly driver: Mode;
  readonly protocol: string;
  readonly budget: Budget;
  readonly config: Readonly<Record<string, unknown>>;
}

export function settingRecord(setting: FuzzSetting): SettingRecord {
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(setting.config)) {
    const fallback = (DEFAULT_CONFIG as unknown as Record<string, unknown>)[key];
    if (key !== 'seed' && JSON.stringify(value) !== JSON.stringify(fallback)) config[key] = value;
  }
  const { family, expect, driver, budget } = setting;
  return { family, expect, driver, protocol: setting.config.protocol, budget, config };
}

/** What the summary groups runs by: family, driver and protocol variant (`paper/pbt/agave`). */
export function settingGroup(setting: Pick<SettingRecord, 'family' | 'driver' | 'protocol'>): string {
  return `${setting.family}/${setting.driver}/${setting.protocol}`;
}

function canarySetting(rng: Rng): FuzzSetting {
  return {
    family: 'canary',
    expect: 'break',
    driver: 'pbt',
    config: CANARY_CONFIG,
    budget: { ...drawBudget('pbt', rng), depth: CANARY_CONFIG.exploration_depth },
  };
}

/** Validator counts each driver can afford: exhaustive search explodes beyond four. */
function configSpace(family: Family, driver: Mode, fast: number, slow: number): ConfigSpace {
  const [minValidators, maxValidators] =
    driver === 'exhaustive' ? [3, 4] : driver === 'sim' ? [4, 10] : [4, 7];
  return {
    minValidators,
    maxValidators,
    fastThreshold: fast,
    slowThreshold: slow,
    // The paper's assumption; elsewhere only the count rule (3·b < n) bounds the Byzantine set.
    byzantineShareBelow: family === 'paper' ? 0.2 : 1 / 3,
    unequalStake: true,
  };
}

/** Round-robin mostly; Solana's stake-weighted schedule (issue 13) in one run of six. */
function scheduleOf(rng: Rng): AlpenglowConfig['leader_schedule'] {
  return rng.int(6) === 0 ? 'stake_weighted' : 'round_robin';
}

/**
 * What each driver varies beyond configArb: the timed simulator draws crashes, partitions and a
 * GST (its fault plan is drawn per run from the run's seed); exhaustive search gets one short
 * window, since message reordering makes the space explode.
 */
function driverConfig(driver: Mode, config: AlpenglowConfig, rng: Rng): AlpenglowConfig {
  if (driver === 'exhaustive') {
    const window = rng.fork('window').pick([1, 2]);
    return { ...config, leader_window_size: window, max_rounds: window };
  }
  if (driver !== 'sim') return config;
  const faults = rng.fork('faults');
  // A crash only where it leaves more than the Byzantine validators' own count of correct ones online.
  const offline = config.validators - config.byzantine_count > 3 && faults.chance(0.5) ? 1 : 0;
  const taken = new Set(config.byzantine_validators ?? []);
  const offlineIds = Array.from({ length: config.validators }, (_, i) => i)
    .filter((i) => !taken.has(i))
    .slice(0, offline);
  return {
    ...config,
    offline_count: offline,
    offline_validators: offlineIds,
    network_partitions: faults.chance(0.3),
    gst_ms: faults.pick([0, 0, 500, 2000]),
  };
}

function drawBudget(driver: Mode, rng: Rng): Budget {
  if (driver === 'exhaustive')
    return { runs: 1, depth: rng.pick([8, 10]), maxStates: rng.pick([1_000, 2_000]), maxInFlight: null };
  if (driver === 'sim') return { runs: rng.pick([1, 2, 3]), depth: 0, maxStates: 0, maxInFlight: null };
  return { runs: rng.pick([10, 20, 50]), depth: rng.pick([100, 200, 300]), maxStates: 0, maxInFlight: null };
}

/** One value of a fast-check arbitrary, its seed drawn from `rng` (fast-check's own PRNG from there). */
function sampled<T>(arb: fc.Arbitrary<T>, rng: Rng): T {
  return fc.sample(arb, { seed: rng.u32() | 0, numRuns: 1 })[0] as T;
}

function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let at = rng.int(total);
  for (const [value, w] of choices) {
    if (at < w) return value;
    at -= w;
  }
  throw new Error('unreachable: weights add up to total');
}
