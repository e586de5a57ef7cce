import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../src/core/config/index.ts';
import type { Invariant } from '../src/core/model-contract.ts';
import type { ModelConfig } from '../src/model/config.ts';
import { buildModelConfig } from '../src/model/config.ts';
import type { State } from '../src/model/state.ts';

/**
 * Configurations the explorer benchmarks run on: n correct validators of equal stake, one slot
 * (one 4-slot window, led by v0), the white paper's thresholds, and a bound on messages in flight
 * as the state constraint — without it even 3 validators and one slot exceed millions of states.
 */
export function benchConfig(validators: number): ModelConfig {
  return buildModelConfig(
    {
      ...DEFAULT_CONFIG,
      validators,
      byzantine_count: 0,
      offline_count: 0,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    },
    { maxSlot: 1, leaderOffset: 0 },
  );
}

export { inFlightAtMost } from '../src/model/constraints.ts';

export function safetyInvariants(cfg: ModelConfig): Invariant<State>[] {
  return SAFETY_PROPERTIES.map((p) => ({ name: p.name, check: (state: State) => p.check(cfg, state) }));
}
