import { ddmin } from '../check/ddmin.ts';
import type { Action } from '../model/actions/types.ts';
import { causalSlice } from './causal-slice.ts';
import { replayLenient } from './lenient-replay.ts';
import { makePauser } from './pause.ts';
import type { RunInput } from './run-input.ts';
import type { BoundModel } from './setup.ts';
import { shortestWithin } from './shortest-search.ts';
import { DEFAULT_REGROW, type RegrowBudget, type RegrowSwarm, regrow } from './shrink-regrow.ts';
import { MODEL_ASSERTION, replayActions } from './step-engine.ts';

/** A shrunk, replayable schedule that violates one property (Stateright's word: the counterexample). */
export interface Counterexample {
  readonly property: string;
  readonly message: string;
  readonly leaderOffset: number;
  readonly actions: Action[];
  /** Steps of the discovery (the schedule as first discovered), before shrinking. */
  readonly originalLength: number;
  /** Steps left after slicing to the violation's causal past. */
  readonly slicedLength: number;
  /** True when removing any one action loses the violation (checked by strict replay). */
  readonly oneMinimal: boolean;
  /**
   * True when a breadth-first search over the counterexample's own actions showed that no shorter
   * schedule made of them violates; false when that search ran out of budget; null when it did not
   * run (a large config, a ModelAssertion, or a stop).
   */
  readonly shortestOverItsActions: boolean | null;
  readonly shrinkTests: number;
}

export interface ShrinkBudget {
  /** Replays delta debugging may spend. */
  readonly ddminTests: number;
  /** Distinct states the search for a shorter reordering may store (0: no search; default 25,000). */
  readonly searchStates?: number;
  /** Cut-and-regrow for counterexamples too long for that search (absent: no such stage). */
  readonly regrow?: RegrowBudget;
}

const DEFAULT_SEARCH_STATES = 25_000;

export const DEFAULT_SHRINK_BUDGET: ShrinkBudget = {
  ddminTests: 20_000,
  searchStates: DEFAULT_SEARCH_STATES,
  regrow: DEFAULT_REGROW,
};

/** Above this many validators the reordering search is skipped: each state enumerates every action. */
const SEARCH_MAX_VALIDATORS = 10;
/** Nor is it tried on a counterexample longer than this. */
const SEARCH_MAX_ACTIONS = 40;

/** A violation of one property as the search discovered it, with its schedule up to that step. */
export interface ShrinkRequest {
  readonly property: string;
  readonly input: RunInput;
  readonly actions: readonly Action[];
  readonly message: string;
}

/**
 * Shrinks a discovery in four stages, each keeping the violation:
 * 1. candidates: the discovery's schedule and the other violating runs given (`alternatives`,
 *    e.g. the next-shortest ones: a different run may hold a much shorter attack). fast-check's
 *    own shrinking of the generated input is not among them: it shrinks the choice list, and a
 *    run with fewer choices goes on with default choices, so its schedules came out longer (217
 *    to 382 steps where the discoveries had 25 to 127) and never won after delta debugging;
 * 2. each is sliced to the causal past of the violation (causal-slice.ts);
 * 3. then reduced by delta debugging over lenient replay (lenient-replay.ts), so a removed action
 *    takes the actions that depended on it along: minimisation over chains, not single actions;
 *    the shortest result is kept;
 * 4. a counterexample too long for the search below is cut and regrown (shrink-regrow.ts): runs
 *    of it cut out, the rest replayed and generated choices added, the violating runs reduced
 *    again; it adds actions the counterexample lacks, which stages 3 and 5 cannot;
 * 5. on small configs, a breadth-first search over its actions finds a shorter reordering when
 *    there is one.
 * Every stage is bounded by a count (tests, states), never by time, so the counterexample is the
 * same on every machine; a stop (deadline, signal) ends shrinking with the best schedule so far.
 */
export async function shrinkDiscovery(
  modelFor: (offset: number) => BoundModel,
  discovery: ShrinkRequest,
  budget: ShrinkBudget = DEFAULT_SHRINK_BUDGET,
  shouldStop: () => boolean = () => false,
  alternatives: readonly ShrinkRequest[] = [],
): Promise<Counterexample> {
  const { property } = discovery;
  const unshrunk: Counterexample = {
    property,
    message: discovery.message,
    leaderOffset: discovery.input.leaderOffset,
    actions: discovery.actions.slice(),
    originalLength: discovery.actions.length,
    slicedLength: discovery.actions.length,
    oneMinimal: false,
    shortestOverItsActions: null,
    shrinkTests: 0,
  };
  if (shouldStop()) return unshrunk;
  const starts = [discovery, ...alternatives].map((d) => ({
    leaderOffset: d.input.leaderOffset,
    actions: d.actions,
    swarm: { weights: d.input.weights, groups: d.input.groups },
  }));
  let tests = 0;
  let best: Reduced | null = null;
  for (const start of starts) {
    if (shouldStop()) break;
    const reduced = await reduce(modelFor(start.leaderOffset), start, property, budget, shouldStop);
    tests += reduced.tests;
    if (best === null || reduced.actions.length < best.actions.length) best = reduced;
  }
  if (best === null) return unshrunk;
  const bound = modelFor(best.leaderOffset);
  let current = best.actions;
  if (budget.regrow && current.length > SEARCH_MAX_ACTIONS && property !== MODEL_ASSERTION && !shouldStop()) {
    const swarms = starts.filter((s) => s.leaderOffset === best.leaderOffset).map((s) => s.swarm);
    const regrown = await regrowLong(bound, current, property, swarms, budget, shouldStop);
    current = regrown.actions;
    tests += regrown.tests;
  }
  let shortest: boolean | null = null;
  // A long schedule's reorderings are far more than the budget (54 actions ran it out in every
  // case measured): the search is tried where it can finish.
  const searchable =
    property !== MODEL_ASSERTION &&
    bound.cfg.validatorCount <= SEARCH_MAX_VALIDATORS &&
    current.length <= SEARCH_MAX_ACTIONS;
  const searchStates = budget.searchStates ?? DEFAULT_SEARCH_STATES;
  if (searchable && searchStates > 0 && !shouldStop()) {
    const search = shortestWithin(bound, current, property, searchStates, shouldStop);
    if (search.actions) current = search.actions;
    shortest = search.actions !== null || search.complete;
  }
  const final = strictCheck(bound, current, property, shouldStop);
  if (final.message === null) return unshrunk; // cannot happen: every stage keeps the violation
  return {
    property,
    message: final.message,
    leaderOffset: best.leaderOffset,
    actions: current,
    originalLength: discovery.actions.length,
    slicedLength: best.slicedLength,
    oneMinimal: final.oneMinimal && !shouldStop(),
    shortestOverItsActions: shouldStop() ? null : shortest,
    shrinkTests: tests + final.tests,
  };
}

interface Reduced {
  readonly leaderOffset: number;
  readonly actions: Action[];
  readonly slicedLength: number;
  readonly tests: number;
}

/** Stages 2 and 3 for one candidate: causal slice, then delta debugging over lenient replay. */
async function reduce(
  bound: BoundModel,
  start: { leaderOffset: number; actions: readonly Action[] },
  property: string,
  budget: ShrinkBudget,
  shouldStop: () => boolean,
): Promise<Reduced> {
  const sliced = causalSlice(bound, start.actions, property, shouldStop);
  const violates = (candidate: Action[]) =>
    !shouldStop() && replayLenient(bound, candidate, property, shouldStop).message !== null;
  const reduced = await ddmin(sliced, violates, budget.ddminTests, makePauser(), shouldStop);
  const applied = replayLenient(bound, reduced.items, property);
  // A stop inside the reduction can leave a candidate that no longer violates: keep the slice.
  const actions = applied.message !== null ? applied.applied : sliced;
  return { leaderOffset: start.leaderOffset, actions, slicedLength: sliced.length, tests: reduced.tests };
}

/** Stage 4: cut and regrow, each regrown run reduced by stages 2 and 3 again. */
async function regrowLong(
  bound: BoundModel,
  actions: Action[],
  property: string,
  swarms: readonly RegrowSwarm[],
  budget: ShrinkBudget,
  shouldStop: () => boolean,
): Promise<{ actions: Action[]; tests: number }> {
  let tests = 0;
  const again = async (candidate: readonly Action[]) => {
    const r = await reduce(bound, { leaderOffset: 0, actions: candidate }, property, budget, shouldStop);
    tests += r.tests;
    return r.actions;
  };
  const regrown = await regrow(bound, actions, property, swarms, again, budget.regrow, shouldStop);
  return { actions: regrown.actions, tests };
}

/** Strict replay of the result, and whether no single action can go (the 1-minimality check). */
function strictCheck(
  bound: BoundModel,
  actions: readonly Action[],
  property: string,
  shouldStop: () => boolean,
): { message: string | null; oneMinimal: boolean; tests: number } {
  const replay = (candidate: readonly Action[]) =>
    replayActions(bound.model, bound.invariants, candidate, { maxSteps: candidate.length, stopOn: property });
  // The full replay ignores a stop (it is one pass over the schedule): a stop asked for while
  // shrinking keeps the best schedule so far instead of falling back to the discovery.
  const full = replay(actions);
  const violation = full.violations.find((v) => v.property === property);
  if (full.rejectedAt !== null || !violation) return { message: null, oneMinimal: false, tests: 1 };
  let tests = 1;
  for (let i = 0; i < actions.length; i++) {
    if (shouldStop()) return { message: violation.message, oneMinimal: false, tests };
    tests++;
    const without = replay([...actions.slice(0, i), ...actions.slice(i + 1)]);
    if (without.rejectedAt === null && without.violations.some((v) => v.property === property))
      return { message: violation.message, oneMinimal: false, tests };
  }
  return { message: violation.message, oneMinimal: true, tests };
}
