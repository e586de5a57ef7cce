/**
 * The contract between a model and the engines that drive it (step engine, explorer, shrinker),
 * after Stateright's `Model` trait: the model says what is possible, the engines decide what to
 * try. A model instance is bound to one configuration.
 */
export interface Model<S, A> {
  /** Initial states. */
  init(): S[];
  /** Enabled actions in a deterministic order (equal states give equal lists). */
  actions(state: S): A[];
  /** Pure: returns the successor, never mutates `state`. Throws if `action` is not enabled. */
  next(state: S, action: A): S;
  /** Canonical text of a state: equal states, equal prints. */
  fingerprint(state: S): string;
  /** Optional symmetry reduction: a representative of the state's symmetry class. */
  canonical?(state: S): S;
}

/**
 * A named predicate over what an engine checks: a state for the explorer and the step engine, a
 * timed run for the simulator's prefix search. `check` returns null when it holds, or a one-line
 * explanation. This is the engine-level contract: check/ and sim/ take invariants and never import
 * properties/. The protocol's properties (properties/types.ts, `Property`) are written against the
 * model's types and satisfy this contract structurally.
 */
export interface Invariant<S> {
  readonly name: string;
  check(state: S): string | null;
}

/**
 * An invariant that also reads the configuration it runs under (stakes, thresholds, roles), before it
 * is bound to one: a safety property is a `ConfigurableInvariant<ModelConfig, State>`, and binding a
 * config (src/sim/setup.ts, `bindModel`) gives the `Invariant<State>` the engines check.
 */
export interface ConfigurableInvariant<C, S> {
  readonly name: string;
  check(cfg: C, state: S): string | null;
}
