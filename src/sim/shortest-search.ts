import { explore } from '../check/explore.ts';
import type { Model } from '../core/model-contract.ts';
import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import { actionKey } from './action-key.ts';
import type { BoundModel } from './setup.ts';

export interface ShortestSearch {
  /** A shorter violating schedule over the same actions, or null when none was found. */
  readonly actions: Action[] | null;
  /** True when the search covered every schedule shorter than the input: none exists. */
  readonly complete: boolean;
  readonly states: number;
}

/**
 * Breadth-first search for a shorter violation over the counterexample's own actions: the model
 * with every action outside that set disabled, explored to one step less than the schedule is
 * long. Delta debugging can only delete; this also reorders (a vote delivered before the block it
 * follows, a timeout moved earlier), and when it finds nothing, the counterexample is the
 * shortest schedule made of its actions. Bounded by a state budget, never by time.
 */
export function shortestWithin(
  bound: BoundModel,
  actions: readonly Action[],
  property: string,
  maxStates: number,
  shouldStop: () => boolean = () => false,
): ShortestSearch {
  const invariant = bound.invariants.find((i) => i.name === property);
  if (!invariant || actions.length <= 1) return { actions: null, complete: false, states: 0 };
  const allowed = new Set(actions.map(actionKey));
  const restricted: Model<State, Action> = {
    init: () => bound.model.init(),
    actions: (state) => bound.model.actions(state).filter((a) => allowed.has(actionKey(a))),
    next: (state, action) => bound.model.next(state, action),
    fingerprint: (state) => bound.model.fingerprint(state),
  };
  const result = explore(restricted, [invariant], {
    maxDepth: actions.length - 1,
    maxStates,
    symmetry: false,
    shouldStop,
  });
  const found = result.violations[0];
  return {
    actions: found ? found.path : null,
    // Exhausted, or the depth bound reached with no violation: no shorter schedule over these actions.
    complete:
      found === undefined && (result.stopReason === 'exhausted' || result.stopReason === 'depthBound'),
    states: result.uniqueStates,
  };
}
