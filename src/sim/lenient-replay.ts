import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import type { BoundModel } from './setup.ts';
import { MODEL_ASSERTION, offered } from './step-engine.ts';

export interface LenientOutcome {
  /** The actions that were enabled when their turn came, in order: a schedule that replays strictly. */
  readonly applied: Action[];
  /** The violation of the property, if the applied actions reach one (it ends the replay). */
  readonly message: string | null;
}

/**
 * Replays a candidate schedule, passing over every action that is not enabled when its turn
 * comes. Removing one action from a schedule then removes the actions that depended on it (the
 * delivery of a vote never cast, the certificate that vote completed) in the same test: delta
 * debugging over this replay minimises over chains of dependent actions, not single ones.
 * Whatever a candidate passes over, `applied` is a schedule that replays strictly.
 */
export function replayLenient(
  bound: BoundModel,
  candidate: readonly Action[],
  property: string,
  shouldStop: () => boolean = () => false,
): LenientOutcome {
  const watchErrors = property === MODEL_ASSERTION;
  const invariant = bound.invariants.find((i) => i.name === property);
  const applied: Action[] = [];
  const failed = (error: unknown): LenientOutcome => ({
    applied,
    // A model error is the violation when ModelAssertion is shrunk; otherwise it rules the candidate out.
    message: watchErrors ? `${(error as Error).name}: ${(error as Error).message}` : null,
  });
  let state = bound.model.init()[0] as State;
  const initial = invariant?.check(state) ?? null;
  if (initial !== null) return { applied, message: initial };
  for (const action of candidate) {
    if (shouldStop()) return { applied, message: null };
    try {
      state = bound.model.next(state, action);
    } catch (error) {
      const rejected = error instanceof Error && error.name === 'ActionNotEnabled';
      if (rejected && !(watchErrors && offered(bound.model, state, action))) continue;
      applied.push(action);
      return failed(error);
    }
    applied.push(action);
    let message: string | null;
    try {
      message = invariant?.check(state) ?? null;
    } catch (error) {
      return failed(error);
    }
    if (message !== null) return { applied, message };
  }
  if (watchErrors) {
    try {
      bound.model.actions(state);
    } catch (error) {
      return failed(error);
    }
  }
  return { applied, message: null };
}
