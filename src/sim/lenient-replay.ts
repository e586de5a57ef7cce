import type { Action } from '../model/actions/types.ts';
import type { BoundModel } from './setup.ts';
import { replayActions } from './step-engine.ts';

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
  const options = { maxSteps: candidate.length, stopOn: property, shouldStop };
  const run = replayActions(bound.model, bound.invariants, candidate, options, 'skip');
  // A model error ends the replay as a ModelAssertion: the violation when that is the property
  // shrunk, otherwise it rules the candidate out. A stop rules it out too.
  const violation = run.stopped ? undefined : run.violations.find((v) => v.property === property);
  return { applied: run.actions, message: violation?.message ?? null };
}
