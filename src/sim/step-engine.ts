import { assert } from '../core/assert.ts';
import type { Invariant, Model } from '../core/model-contract.ts';

/** The first state at which an invariant failed: `step` actions had been applied (0 = initial state). */
export interface Violation {
  readonly property: string;
  readonly step: number;
  readonly message: string;
}

export interface RunOutcome<A> {
  /** The actions applied, in order (a complete, replayable schedule). */
  readonly actions: A[];
  readonly violations: Violation[];
  /** States checked (initial state included). */
  readonly statesChecked: number;
  /** True when the run ended because no action was enabled. */
  readonly quiescent: boolean;
  /** Set when a replayed action was not enabled: the index of that action. */
  readonly rejectedAt: number | null;
}

export interface RunOptions<S> {
  readonly maxSteps: number;
  /** Stop as soon as this invariant fails (shrinking checks one property only). */
  readonly stopOn?: string;
  /** Called with every state reached, initial one included (fingerprint coverage, metrics). */
  readonly visit?: (state: S) => void;
}

/** Picks the next action given the enabled ones; undefined ends the run. */
export type Chooser<S, A> = (state: S, enabled: readonly A[], step: number) => A | undefined;

/**
 * The step engine: applies actions one by one and checks every invariant not yet violated after
 * every step, so one property's failure never hides another's. Bounded by `maxSteps`.
 */
export function runWithChooser<S, A>(
  model: Model<S, A>,
  invariants: readonly Invariant<S>[],
  choose: Chooser<S, A>,
  options: RunOptions<S>,
): RunOutcome<A> {
  return drive(model, invariants, options, (state, step): Step<A> => {
    const enabled = model.actions(state);
    const action = choose(state, enabled, step);
    return action === undefined ? { end: enabled.length === 0 } : { action };
  });
}

/** Replays concrete actions; stops (rejectedAt) at the first one that is not enabled. */
export function replayActions<S, A>(
  model: Model<S, A>,
  invariants: readonly Invariant<S>[],
  actions: readonly A[],
  options: RunOptions<S>,
): RunOutcome<A> {
  return drive(model, invariants, options, (_state, step): Step<A> => {
    const action = actions[step];
    return action === undefined ? { end: false } : { action, mayReject: true };
  });
}

type Step<A> = { action: A; mayReject?: boolean } | { end: boolean };

function drive<S, A>(
  model: Model<S, A>,
  invariants: readonly Invariant<S>[],
  options: RunOptions<S>,
  nextStep: (state: S, step: number) => Step<A>,
): RunOutcome<A> {
  const initial = model.init();
  assert(initial.length === 1, 'the step engine drives models with one initial state');
  let state = initial[0] as S;
  const actions: A[] = [];
  const violations: Violation[] = [];
  const pending = invariants.filter((i) => options.stopOn === undefined || i.name === options.stopOn);
  let statesChecked = 0;
  const check = (): boolean => {
    statesChecked++;
    options.visit?.(state);
    for (let i = pending.length - 1; i >= 0; i--) {
      const inv = pending[i] as Invariant<S>;
      const message = inv.check(state);
      if (message === null) continue;
      violations.push({ property: inv.name, step: actions.length, message });
      pending.splice(i, 1);
      if (inv.name === options.stopOn) return true;
    }
    return false;
  };
  const outcome = (quiescent: boolean, rejectedAt: number | null): RunOutcome<A> => ({
    actions,
    violations: violations.sort((a, b) => a.step - b.step || a.property.localeCompare(b.property)),
    statesChecked,
    quiescent,
    rejectedAt,
  });
  if (check()) return outcome(false, null);
  for (let step = 0; step < options.maxSteps; step++) {
    const next = nextStep(state, step);
    if ('end' in next) return outcome(next.end, null);
    try {
      state = model.next(state, next.action);
    } catch (error) {
      if (next.mayReject && error instanceof Error && error.name === 'ActionNotEnabled')
        return outcome(false, step);
      throw error;
    }
    actions.push(next.action);
    if (check() || (pending.length === 0 && invariants.length > 0)) return outcome(false, null);
  }
  return outcome(false, null);
}
