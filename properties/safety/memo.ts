import type { ModelConfig } from '../../src/model/config.ts';
import type { State } from '../../src/model/state.ts';

/**
 * Several properties derive the same views of a state (all correct certificates, all
 * finalizations). Every step checks every property, so the views are computed once per state
 * object. States are immutable and belong to one configuration, so the state alone is the key.
 */
export function memoByState<T>(
  compute: (cfg: ModelConfig, state: State) => T,
): (cfg: ModelConfig, state: State) => T {
  const cache = new WeakMap<State, T>();
  return (cfg, state) => {
    let value = cache.get(state);
    if (value === undefined) {
      value = compute(cfg, state);
      cache.set(state, value);
    }
    return value;
  };
}
