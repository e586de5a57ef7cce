import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../src/core/config/index.ts';
import { rngFromSeed } from '../src/core/rng.ts';
import type { Action, ModelConfig, State } from '../src/model/index.ts';
import { buildModelConfig, createAlpenglowModel } from '../src/model/index.ts';

/** A recorded workload: states and the action taken in each, from seeded random runs. */
export interface Workload {
  readonly cfg: ModelConfig;
  readonly model: ReturnType<typeof createAlpenglowModel>;
  readonly states: State[];
  readonly actions: Action[];
}

export function recordWorkload(
  validators: number,
  byzantine: number,
  maxSlot: number,
  runs: number,
): Workload {
  const cfg = buildModelConfig(
    {
      ...DEFAULT_CONFIG,
      validators,
      byzantine_count: byzantine,
      offline_count: 0,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    },
    { maxSlot, leaderOffset: validators - 1 },
  );
  const model = createAlpenglowModel(cfg);
  const rng = rngFromSeed(`bench-${validators}-${byzantine}`);
  const states: State[] = [];
  const actions: Action[] = [];
  for (let run = 0; run < runs; run++) {
    let state = model.init()[0] as State;
    for (let step = 0; step < 2000; step++) {
      const enabled = model.actions(state);
      if (enabled.length === 0) break;
      const action = enabled[rng.int(enabled.length)] as Action;
      states.push(state);
      actions.push(action);
      state = model.next(state, action);
    }
  }
  return { cfg, model, states, actions };
}

export const ALL_SAFETY = SAFETY_PROPERTIES;
