import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import { type CategoryWeights, pickAction } from './choose.ts';
import type { BoundModel } from './setup.ts';
import { type RunOptions, type RunOutcome, runWithChooser } from './step-engine.ts';

/**
 * One generated run: the leader schedule's rotation, a partition of the validators into two
 * groups, how often each kind of action is picked, and the choice numbers. When the choices run
 * out the run goes on with choice 0 (deliver the next message in order; time out only when nothing
 * else can happen) until quiescence or the step bound: a shrunk schedule needs only the choices
 * that matter.
 */
export interface RunInput {
  readonly leaderOffset: number;
  readonly groups: readonly number[];
  readonly weights: CategoryWeights;
  readonly choices: readonly number[];
}

export function runInput(
  bound: BoundModel,
  input: RunInput,
  options: RunOptions<State, Action>,
): RunOutcome<Action> {
  return runWithChooser(
    bound.model,
    bound.invariants,
    (state, enabled, step) =>
      pickAction(state, enabled, input.weights, input.groups, input.choices[step] ?? 0),
    options,
  );
}
