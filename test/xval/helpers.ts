import { explore } from '../../src/check/explore.ts';
import {
  type AlpenglowConfig,
  type ByzantineStrategyName,
  DEFAULT_CONFIG,
} from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/actions/types.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import type { State } from '../../src/model/state.ts';
import type { StateProperty } from '../../src/sim/setup.ts';
import { resolveModel } from '../../src/xval/resolve.ts';

/** A small cross-validation config: everything not named comes from DEFAULT_CONFIG. */
export interface XvalSetup {
  readonly validators: number;
  readonly stakes?: readonly number[];
  readonly byzantine?: readonly number[];
  readonly offline?: readonly number[];
  readonly window?: number;
  readonly maxSlot: number;
  readonly offset?: number;
  readonly strategy?: ByzantineStrategyName;
  readonly fast?: number;
  readonly slow?: number;
}

export function xvalConfig(s: XvalSetup): AlpenglowConfig {
  const byz = [...(s.byzantine ?? [])];
  const offline = [...(s.offline ?? [])];
  const stakes = s.stakes ?? Array.from({ length: s.validators }, () => 1);
  return {
    ...DEFAULT_CONFIG,
    validators: s.validators,
    byzantine_count: byz.length,
    offline_count: offline.length,
    byzantine_validators: byz,
    offline_validators: offline,
    stake_distribution: Object.fromEntries(stakes.map((v, i) => [String(i), v])),
    leader_window_size: s.window ?? 1,
    max_rounds: s.maxSlot,
    leader_offset: s.offset ?? 0,
    byzantine_strategy: s.strategy ?? 'silent',
    fast_path_threshold: s.fast ?? 0.8,
    slow_path_threshold: s.slow ?? 0.6,
  };
}

/** 2 correct + 1 offline, window 1, maxSlot 1 (tla/MC_2h1o_s1): 183 states. */
export const TWO_CORRECT = xvalConfig({ validators: 3, offline: [2], maxSlot: 1 });

/**
 * v0 is a Byzantine equivocating leader of slot 1, v1 and v2 are correct, v3 is offline: the
 * correct validators are 1..2, so TLC prints `nodes` as a tuple. (The config rules want fewer
 * than a third Byzantine validators, hence four.) Explore it with ≤ 2 messages in flight.
 */
export const EQUIV_V0 = xvalConfig({
  validators: 4,
  byzantine: [0],
  offline: [3],
  maxSlot: 1,
  offset: 0,
  strategy: 'equivocating_leader',
});

/**
 * F = 0.6 below S = 0.9: a fast-finalization certificate without a notarization (3 steps). A
 * config refuses it unless it says allow_fast_below_slow; here the violation is the point.
 */
export const FAST_BELOW_SLOW: AlpenglowConfig = {
  ...xvalConfig({ validators: 3, offline: [2], maxSlot: 1, fast: 0.6, slow: 0.9 }),
  allow_fast_below_slow: true,
};

/** The guide's weak thresholds 0.67/0.51, 4 correct + 1 Byzantine equivocating leader of slot 1. */
export const WEAK_EQUIV = xvalConfig({
  validators: 5,
  byzantine: [4],
  maxSlot: 1,
  offset: 4,
  strategy: 'equivocating_leader',
  fast: 0.67,
  slow: 0.51,
});

/** Every distinct state of a small config (BFS over TS fingerprints), with a bound on in-flight messages. */
export function allStates(config: AlpenglowConfig, inFlight = Number.POSITIVE_INFINITY): State[] {
  const { cfg } = resolveModel(config);
  const model = createAlpenglowModel(cfg);
  const seen = new Map<string, State>();
  const queue = model.init();
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i] as State;
    const fp = model.fingerprint(s);
    if (seen.has(fp) || s.network.length > inFlight) continue;
    seen.set(fp, s);
    for (const a of model.actions(s)) queue.push(model.next(s, a));
  }
  return [...seen.values()];
}

/** A deterministic walk of up to `steps` actions (the k-th pick is index (k·7) mod enabled). */
export function walk(config: AlpenglowConfig, steps: number): Action[] {
  const { cfg } = resolveModel(config);
  const model = createAlpenglowModel(cfg);
  let state = model.init()[0] as State;
  const actions: Action[] = [];
  for (let k = 0; k < steps; k++) {
    const enabled = model.actions(state);
    if (enabled.length === 0) break;
    const a = enabled[(k * 7) % enabled.length] as Action;
    actions.push(a);
    state = model.next(state, a);
  }
  return actions;
}

/** The explorer's shortest counterexample of a config (symmetry off). */
export function shortestViolation(config: AlpenglowConfig, property: StateProperty) {
  const { cfg } = resolveModel(config);
  const invariant = { name: property.name, check: (s: State) => property.check(cfg, s) };
  const result = explore(createAlpenglowModel(cfg), [invariant], { maxDepth: 20, symmetry: false });
  return result.violations[0];
}
