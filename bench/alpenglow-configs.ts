import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../src/core/config/index.ts';
import { type BoundModel, bindModel } from '../src/sim/setup.ts';

/**
 * The model the explorer benchmarks run on: n correct validators of equal stake, one slot (one
 * 4-slot window, led by v0), the white paper's thresholds, every safety property as an
 * invariant. Pair it with a bound on messages in flight as the state constraint — without it
 * even 3 validators and one slot exceed millions of states.
 */
export function benchModel(validators: number): BoundModel {
  const config = {
    ...DEFAULT_CONFIG,
    validators,
    byzantine_count: 0,
    offline_count: 0,
    fast_path_threshold: 0.8,
    slow_path_threshold: 0.6,
  };
  return bindModel({ config, maxSlot: 1, properties: SAFETY_PROPERTIES }, 0);
}

export { inFlightAtMost } from '../src/model/constraints.ts';
