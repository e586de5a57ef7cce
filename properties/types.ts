import type { ModelConfig } from '../src/model/config.ts';
import type { State } from '../src/model/state.ts';

/**
 * A safety invariant over one state of the untimed model. `check` returns null when it holds and
 * otherwise one line that says what is wrong, with validators, slots and blocks named.
 */
export interface SafetyProperty {
  readonly name: string;
  readonly kind: 'safety';
  /** Where it comes from: the reference's §7 number and the white paper lemma. */
  readonly reference: string;
  readonly description: string;
  check(cfg: ModelConfig, state: State): string | null;
}
