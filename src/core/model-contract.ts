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

/** A named state predicate. `check` returns null when it holds, or a one-line explanation. */
export interface Invariant<S> {
  readonly name: string;
  check(state: S): string | null;
}
