import { assert } from '../core/assert.ts';
import type { Model } from '../core/model-contract.ts';
import type { StatePath } from './state-log.ts';

/** A logged path turned back into concrete actions, with the state it ends in. */
export interface Replayed<S, A> {
  readonly actions: A[];
  readonly state: S;
}

/**
 * Rebuilds the concrete actions of a logged path by re-enumerating `model.actions` from the root.
 * The explorer expands the states it actually reached (symmetry only chooses which of them are
 * new), so the path is a real trace from an initial state, replayable with `next` alone.
 * Determinism of `actions` (same state, same list) is what makes the indices meaningful.
 */
export function replayPath<S, A>(model: Model<S, A>, path: StatePath): Replayed<S, A> {
  let state = model.init()[path.root];
  assert(state !== undefined, `no initial state #${path.root}`);
  const actions: A[] = [];
  for (const index of path.actionIndices) {
    const action = model.actions(state)[index];
    assert(action !== undefined, `replay: action #${index} not enabled (model not deterministic?)`);
    actions.push(action);
    state = model.next(state, action);
  }
  return { actions, state };
}
