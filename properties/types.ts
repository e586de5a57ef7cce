import type { ModelConfig } from '../src/model/config.ts';
import type { LivenessTiming, TimedObservations } from '../src/model/observations.ts';
import type { State } from '../src/model/state.ts';

/** What a liveness property judges: one timed run's observations, with its config and timing. */
export interface LivenessContext {
  readonly cfg: ModelConfig;
  readonly timing: LivenessTiming;
  readonly obs: TimedObservations;
}

/** Safety: an invariant over one state of the untimed model. Liveness: a bound over a timed run. */
export type PropertyKind = 'safety' | 'liveness';

/** The arguments of `check` per kind. */
export interface PropertySubject {
  readonly safety: [cfg: ModelConfig, state: State];
  readonly liveness: [ctx: LivenessContext];
}

/**
 * A property of the protocol (reference §7), one file each under properties/safety and
 * properties/liveness. `check` returns null when it holds and otherwise one line that says what is
 * wrong, with validators, slots and blocks named. Liveness properties cannot show "eventually" on a
 * finite run, so each states its bound in terms of Δ, Δ_block and Δ_timeout.
 *
 * The engines never see this type (check/ and sim/ do not import properties/): they take the core
 * contracts of src/core/model-contract.ts, which a property satisfies structurally — a safety
 * property is a `ConfigurableInvariant<ModelConfig, State>` (bound to one config it becomes the
 * `Invariant<State>` the explorer and step engine check), a liveness property an
 * `Invariant<LivenessContext>` over a timed run.
 */
export interface Property<K extends PropertyKind> {
  readonly kind: K;
  readonly name: string;
  /** Where it comes from: the reference's §7 number and the white paper lemma. */
  readonly reference: string;
  readonly description: string;
  /**
   * Safety only: a violation, once in a state, is in every later state of the run (the property
   * reads only what grows: cast votes, stored certificates, finalizations). Timed runs check a
   * stable property on their last state alone; the others on every state (a later vote or
   * certificate can make an earlier violation vanish: VotesJustified, WindowChain, …).
   */
  readonly stable?: true;
  check(...subject: PropertySubject[K]): string | null;
  /**
   * How many things `check` judged on this subject (windows, standstills, timers…), for a property
   * whose premises may hold nowhere in a run: 0 means its "holds" says nothing, and the report says
   * so (properties/adaptive: scenarios/adaptive-tally.ts).
   */
  judged?(...subject: PropertySubject[K]): number;
}

/** The kind every safety property file declares (properties/safety/*.ts). */
export type SafetyProperty = Property<'safety'>;
/** The kind every liveness property file declares (properties/liveness/*.ts). */
export type LivenessProperty = Property<'liveness'>;
/** Any property, safety or liveness (narrow on `kind`). */
export type AnyProperty = SafetyProperty | LivenessProperty;
