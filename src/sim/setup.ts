import type { AlpenglowConfig, ByzantineStrategyName } from '../core/config/index.ts';
import type { ConfigurableInvariant, Invariant, Model } from '../core/model-contract.ts';
import type { Action } from '../model/actions/types.ts';
import { buildModelConfig, type ModelConfig } from '../model/config.ts';
import { createAlpenglowModel } from '../model/model.ts';
import type { State } from '../model/state.ts';
import { scheduleOptions } from './schedule-choice.ts';

/**
 * A safety property as the engines see it: the core contract at the model's types. Every
 * `SafetyProperty` of properties/ is one (structurally, so sim/ imports nothing of properties/).
 */
export type StateProperty = ConfigurableInvariant<ModelConfig, State>;

/** What a safety search runs on: a resolved config, the horizon, the properties. */
export interface SafetySetup {
  readonly config: AlpenglowConfig;
  readonly maxSlot: number;
  readonly strategy?: ByzantineStrategyName;
  readonly properties: readonly StateProperty[];
}

export interface BoundModel {
  readonly cfg: ModelConfig;
  readonly model: Model<State, Action>;
  readonly invariants: readonly Invariant<State>[];
}

/**
 * Model and invariants for one leader offset (the offset is part of the generated input; under the
 * stake-weighted schedule it is the epoch: schedule-choice.ts).
 */
export function bindModel(setup: SafetySetup, leaderOffset: number): BoundModel {
  const options = setup.strategy === undefined ? {} : { strategy: setup.strategy };
  const schedule = scheduleOptions(setup.config, leaderOffset);
  const cfg = buildModelConfig(setup.config, { ...options, ...schedule, maxSlot: setup.maxSlot });
  return {
    cfg,
    model: createAlpenglowModel(cfg),
    invariants: setup.properties.map((p) => ({ name: p.name, check: (state: State) => p.check(cfg, state) })),
  };
}

/** Caches one BoundModel per leader offset. */
export function modelCache(setup: SafetySetup): (leaderOffset: number) => BoundModel {
  const cache = new Map<number, BoundModel>();
  return (offset) => {
    let bound = cache.get(offset);
    if (!bound) {
      bound = bindModel(setup, offset);
      cache.set(offset, bound);
    }
    return bound;
  };
}
