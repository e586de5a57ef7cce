import { exploreAsync } from '../check/explore.ts';
import type { ExploreResult } from '../check/explore-types.ts';
import type { Invariant, Model } from '../core/model-contract.ts';
import type { Action } from '../model/actions/types.ts';
import type { ModelConfig } from '../model/config.ts';
import { inFlightAtMost } from '../model/constraints.ts';
import { createAlpenglowModel } from '../model/model.ts';
import type { State } from '../model/state.ts';
import type { StateProperty } from '../sim/setup.ts';
import type { Scheduler } from './mc-module.ts';
import { canonicalTsState } from './state-canon.ts';
import { stateKey } from './state-key.ts';

/** The TS side of a comparison: the same model, scheduler and bound as the TLC run. */
export interface TsSearchOptions {
  readonly scheduler: Scheduler;
  readonly inFlightBound: number | null;
  readonly shouldStop?: () => boolean;
}

/** The model restricted like the TLC run: AdversaryNext keeps only the Byzantine steps. */
export function scheduledModel(cfg: ModelConfig, scheduler: Scheduler): Model<State, Action> {
  const model = createAlpenglowModel(cfg);
  if (scheduler === 'all') return model;
  return {
    ...model,
    actions: (state) => model.actions(state).filter((a) => a.type === 'byzPropose' || a.type === 'byzSend'),
  };
}

/**
 * BFS with the project's Explorer: no symmetry (TLC has none here), no depth bound. With
 * `stopAtFirstViolation` it stops at the first violating state, as TLC does, so neither side
 * spends minutes on a space whose verdict is already known.
 */
export async function exploreTs(
  cfg: ModelConfig,
  properties: readonly StateProperty[],
  opts: TsSearchOptions & { readonly stopAtFirstViolation: boolean },
): Promise<ExploreResult<Action>> {
  let violated = false;
  const invariants: Invariant<State>[] = properties.map((p) => ({
    name: p.name,
    check: (state) => {
      const message = p.check(cfg, state);
      if (message !== null) violated = true;
      return message;
    },
  }));
  return exploreAsync(scheduledModel(cfg, opts.scheduler), invariants, {
    ...searchOptions(opts),
    shouldStop: () => (opts.stopAtFirstViolation && violated) || opts.shouldStop?.() === true,
  });
}

/**
 * The set of reachable states as canonical keys (state-key.ts), gathered by running the Explorer
 * over a model whose fingerprint also records each new state's canonical form. `visit` sees
 * every distinct state once (to pick out one that differs).
 */
export async function collectTsStates(
  cfg: ModelConfig,
  opts: TsSearchOptions,
  visit?: (key: string, state: State) => void,
): Promise<{ keys: Set<string>; distinct: number; complete: boolean }> {
  const model = scheduledModel(cfg, opts.scheduler);
  const seen = new Set<string>();
  const keys = new Set<string>();
  const recording: Model<State, Action> = {
    ...model,
    fingerprint: (state) => {
      const fp = model.fingerprint(state);
      const tsKey = stateKey(fp);
      if (!seen.has(tsKey)) {
        seen.add(tsKey);
        const key = stateKey(canonicalTsState(cfg, state));
        keys.add(key);
        visit?.(key, state);
      }
      return fp;
    },
  };
  const result = await exploreAsync(recording, [], searchOptions(opts));
  return { keys, distinct: result.uniqueStates, complete: result.complete };
}

function searchOptions(opts: TsSearchOptions) {
  return {
    maxDepth: Number.MAX_SAFE_INTEGER,
    symmetry: false,
    ...(opts.inFlightBound === null ? {} : { constraint: inFlightAtMost(opts.inFlightBound) }),
    ...(opts.shouldStop ? { shouldStop: opts.shouldStop } : {}),
  };
}
