import { assert } from '../core/assert.ts';
import type { Invariant, Model } from '../core/model-contract.ts';

/** The first state at which an invariant failed: `step` actions had been applied (0 = initial state). */
export interface Violation {
  readonly property: string;
  readonly step: number;
  readonly message: string;
}

/**
 * The pseudo-property a run violates when the model itself throws (an internal assertion, correct
 * nodes that disagree, a data structure out of its limits). It is reported, traced and shrunk like
 * any property, so a model bug comes with a replayable schedule instead of a stack trace that
 * fast-check would swallow.
 */
export const MODEL_ASSERTION = 'ModelAssertion';

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
  /** True when `shouldStop` ended the run before its schedule did. */
  readonly stopped: boolean;
}

export interface RunOptions<S, A = unknown> {
  readonly maxSteps: number;
  /** Stop as soon as this invariant fails (shrinking checks one property only). */
  readonly stopOn?: string;
  /** Called with every state reached, initial one included (fingerprint coverage, metrics). */
  readonly visit?: (state: S) => void;
  /**
   * Polled before every step (a deadline or a signal). One step of a large config can take a
   * significant fraction of a second (every Byzantine send of every slot is enumerated), so a run
   * of thousands of steps must not be the unit of interruption.
   */
  readonly shouldStop?: () => boolean;
  /** Generated runs: each step's enabled actions and the one chosen (per-action coverage, src/sim/action-coverage.ts). */
  readonly onChoice?: (enabled: readonly A[], chosen: A | undefined) => void;
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
  options: RunOptions<S, A>,
): RunOutcome<A> {
  return drive(model, invariants, options, (state, step): Step<A> => {
    const enabled = model.actions(state);
    const action = choose(state, enabled, step);
    options.onChoice?.(enabled, action);
    return action === undefined ? { end: enabled.length === 0 } : { action };
  });
}

/**
 * Replays concrete actions. By default it stops (rejectedAt) at the first one that is not
 * enabled; with `onRejected: 'skip'` it passes over such actions and goes on (the lenient replay
 * that shrinking uses, src/sim/lenient-replay.ts), and `actions` of the outcome are the ones applied.
 */
export function replayActions<S, A>(
  model: Model<S, A>,
  invariants: readonly Invariant<S>[],
  actions: readonly A[],
  options: RunOptions<S>,
  onRejected: 'end' | 'skip' = 'end',
): RunOutcome<A> {
  return drive(model, invariants, options, (state, step): Step<A> => {
    const action = actions[step];
    if (action !== undefined) return { action, onRejected };
    // The end of the schedule: enumerate once, so a model error that a generated run met while
    // enumerating the last state's actions reproduces in replay too.
    if (options.stopOn === MODEL_ASSERTION) model.actions(state);
    return { end: false };
  });
}

/**
 * Does the model itself offer this action here? A replayed action it refuses although it offers
 * it is the same model bug a generated run met (actions() and next() disagree), so the replay
 * reports it instead of calling the trace invalid. Actions are plain data: compared as JSON.
 */
export function offered<S, A>(model: Model<S, A>, state: S, action: A): boolean {
  const text = JSON.stringify(action);
  return model.actions(state).some((a) => JSON.stringify(a) === text);
}

type Step<A> = { action: A; onRejected?: 'end' | 'skip' } | { end: boolean };

function drive<S, A>(
  model: Model<S, A>,
  invariants: readonly Invariant<S>[],
  options: Omit<RunOptions<S>, 'onChoice'>,
  nextStep: (state: S, step: number) => Step<A>,
): RunOutcome<A> {
  const initial = model.init();
  assert(initial.length === 1, 'the step engine drives models with one initial state');
  let state = initial[0] as S;
  const actions: A[] = [];
  const violations: Violation[] = [];
  const pending = invariants.filter((i) => options.stopOn === undefined || i.name === options.stopOn);
  // Shrinking a ModelAssertion checks no invariant but must not end for want of one.
  const endWhenAllViolated = invariants.length > 0 && options.stopOn !== MODEL_ASSERTION;
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
  const outcome = (quiescent: boolean, rejectedAt: number | null, stopped = false): RunOutcome<A> => ({
    actions,
    violations: violations.sort((a, b) => a.step - b.step || a.property.localeCompare(b.property)),
    statesChecked,
    quiescent,
    rejectedAt,
    stopped,
  });
  const modelFailed = (error: unknown): RunOutcome<A> => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    violations.push({ property: MODEL_ASSERTION, step: actions.length, message });
    return outcome(false, null);
  };
  try {
    if (check()) return outcome(false, null);
  } catch (error) {
    return modelFailed(error);
  }
  for (let step = 0; step < options.maxSteps; step++) {
    if (options.shouldStop?.()) return outcome(false, null, true);
    let next: Step<A>;
    try {
      next = nextStep(state, step); // may enumerate actions: an error there is the state's
    } catch (error) {
      return modelFailed(error);
    }
    if ('end' in next) return outcome(next.end, null);
    try {
      state = model.next(state, next.action);
    } catch (error) {
      // A replayed action that is not enabled ends the replay or is passed over; anywhere else
      // it is a model bug (actions() offered something next() refuses). Both are hot paths of
      // shrinking (ddmin's lenient replays, the 1-minimality check's strict ones), so while a
      // property other than ModelAssertion is shrunk the model is not asked: the candidate fails
      // to show that property either way. A plain strict replay (no stopOn) still asks.
      const rejected = error instanceof Error && error.name === 'ActionNotEnabled';
      const shrinkingOther = options.stopOn !== undefined && options.stopOn !== MODEL_ASSERTION;
      if (rejected && next.onRejected === 'skip') {
        if (options.stopOn !== MODEL_ASSERTION || !offered(model, state, next.action)) continue;
      } else if (rejected && next.onRejected === 'end') {
        if (shrinkingOther || !offered(model, state, next.action)) return outcome(false, step);
      }
      actions.push(next.action); // the trace ends with the action that failed
      return modelFailed(error);
    }
    actions.push(next.action);
    try {
      if (check() || (pending.length === 0 && endWhenAllViolated)) return outcome(false, null);
    } catch (error) {
      return modelFailed(error);
    }
  }
  return outcome(false, null);
}
