import { AssertionFailure } from '../core/assert.ts';
import type { State } from './state.ts';

/**
 * A failed assertion inside a step is a state the model cannot represent: correct nodes that
 * disagree (on a leader, on a block) can drive it there when the protocol code is wrong. Thrown
 * out of `next`, it stopped every driver with an internal error and no trace; recorded in the
 * state instead, it is a property violation (InternalConsistency) that the drivers report,
 * shrink and replay like any other. `next` stays pure: the result is the input state plus the
 * record. Errors that are not assertions (ActionNotEnabled, a bug in a driver) still throw.
 */
export function stepOrAnomaly(state: State, what: () => string, step: () => State): State {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof AssertionFailure)) throw error;
    return { ...state, anomaly: `${error.message} (in ${what()})` };
  }
}
