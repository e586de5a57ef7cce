import type { ModelConfig } from '../../src/model/config.ts';
import type { LivenessTiming, TimedObservations } from '../../src/model/observations.ts';

export interface LivenessContext {
  readonly cfg: ModelConfig;
  readonly timing: LivenessTiming;
  readonly obs: TimedObservations;
}

/**
 * A liveness or latency property over a timed run (reference §7, items 11–14). Finite runs cannot
 * show "eventually", so each property states its bound in terms of Δ, Δ_block and Δ_timeout.
 * `check` returns null when it holds, else one line saying what did not happen by when.
 */
export interface LivenessProperty {
  readonly name: string;
  readonly kind: 'liveness';
  readonly reference: string;
  readonly description: string;
  check(ctx: LivenessContext): string | null;
}
