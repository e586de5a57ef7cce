import type { Action } from '../model/actions/types.ts';
import type { ModelConfig } from '../model/config.ts';
import { describeAction } from '../model/describe.ts';
import { createAlpenglowModel } from '../model/model.ts';
import { canonicalText } from './canonical.ts';
import { XvalError } from './errors.ts';
import { stateToTla } from './state-tla.ts';
import { firstDifference } from './tla-diff.ts';
import type { TlaValue } from './tla-value.ts';

export interface MatchedTrace {
  readonly actions: Action[];
  /** One line per action, for the native trace's `explained`. */
  readonly explained: string[];
}

/**
 * The TS actions that reproduce a spec behaviour state by state (TLC traces and ITF files name
 * no action arguments): the first state must be the TS initial state, and each next one the
 * successor of exactly some enabled TS action, compared in canonical form. Fails loudly, naming
 * the step and what differs, when no action fits.
 */
export function matchStates(cfg: ModelConfig, states: readonly TlaValue[], source: string): MatchedTrace {
  if (states.length === 0) throw new XvalError(`${source}: the trace has no states`);
  const model = createAlpenglowModel(cfg);
  let state = model.init()[0];
  if (state === undefined) throw new XvalError(`${source}: the TS model has no initial state`);
  const initial = stateToTla(cfg, state);
  const d0 = firstDifference(states[0] as TlaValue, initial, source, 'TS');
  if (d0 !== null) throw new XvalError(`${source}: state 1 is not the TS initial state: ${d0}`);
  const actions: Action[] = [];
  const explained: string[] = [];
  for (let i = 1; i < states.length; i++) {
    const target = canonicalText(states[i] as TlaValue);
    const enabled = model.actions(state);
    const found = enabled.find(
      (a) => canonicalText(stateToTla(cfg, model.next(state as never, a))) === target,
    );
    if (found === undefined) {
      const d = firstDifference(
        states[i] as TlaValue,
        stateToTla(cfg, state),
        `${source} state ${i + 1}`,
        'TS',
      );
      throw new XvalError(
        `${source}: step ${i} (state ${i} → state ${i + 1}): none of the ${enabled.length} enabled TS actions leads to state ${i + 1}; it differs from state ${i} in ${d}`,
      );
    }
    explained.push(describeAction(state, found));
    actions.push(found);
    state = model.next(state, found);
  }
  return { actions, explained };
}

/** The states a TS action sequence passes through (initial state first), as spec values. */
export function statesOfActions(cfg: ModelConfig, actions: readonly Action[]): TlaValue[] {
  const model = createAlpenglowModel(cfg);
  let state = model.init()[0];
  if (state === undefined) throw new XvalError('the TS model has no initial state');
  const states = [stateToTla(cfg, state)];
  for (const [i, action] of actions.entries()) {
    try {
      state = model.next(state, action);
    } catch (err) {
      throw new XvalError(`action ${i + 1} is not enabled in the TS model: ${(err as Error).message}`);
    }
    states.push(stateToTla(cfg, state));
  }
  return states;
}
