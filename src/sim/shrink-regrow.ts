import { type Rng, rngFromSeed } from '../core/rng.ts';
import type { Action } from '../model/actions/types.ts';
import { actionKey } from './action-key.ts';
import { type CategoryWeights, pickAction, UNIFORM_WEIGHTS } from './choose.ts';
import { SCHEDULE_CATEGORIES } from './schedule-category.ts';
import type { BoundModel } from './setup.ts';
import { replayActions, runWithChooser } from './step-engine.ts';

export interface RegrowBudget {
  /** Cut-and-regrow runs per round (each at most the counterexample's length plus `extraSteps`). */
  readonly tries: number;
  /** Generated steps a regrown run may add after the kept actions. */
  readonly extraSteps: number;
  /** Rounds at most; a round that finds nothing shorter ends the stage. */
  readonly rounds: number;
  /** Shortest violating regrown runs reduced per round. */
  readonly reduced: number;
}

export const DEFAULT_REGROW: RegrowBudget = { tries: 800, extraSteps: 80, rounds: 4, reduced: 6 };

/** The swarm's configuration of one regrown run: category weights and the partition groups. */
export interface RegrowSwarm {
  readonly weights: CategoryWeights;
  readonly groups: readonly number[];
}

/** Cut lengths tried at every position: single actions up to chains of 16. */
const CUT_LENGTHS = [1, 2, 4, 8, 16];

/**
 * Cut and regrow, for counterexamples too long for the reordering search: delta debugging only
 * deletes and the search only reorders, so neither reaches a shorter attack that needs an action
 * the counterexample lacks (a vote for the other version, a finalization in an earlier window).
 * Each try cuts a run of actions out, replays the rest leniently (what depended on the cut goes
 * too) and lets generated choices go on for a bounded number of steps; the shortest runs that
 * violate again are reduced (`reduce`: slice and delta debugging) and the shortest result is kept
 * when it is shorter. Iterated local search: each round starts from the last round's best.
 * Every bound is a count and the choices come from one named stream, so the result is the same
 * on every machine.
 */
export async function regrow(
  bound: BoundModel,
  actions: readonly Action[],
  property: string,
  swarms: readonly RegrowSwarm[],
  reduce: (candidate: readonly Action[]) => Promise<Action[]>,
  budget: RegrowBudget = DEFAULT_REGROW,
  shouldStop: () => boolean = () => false,
): Promise<{ actions: Action[]; runs: number }> {
  let current = actions.slice();
  let runs = 0;
  const stream = rngFromSeed('shrink-regrow').fork(property);
  for (let round = 0; round < budget.rounds && !shouldStop(); round++) {
    const rng = stream.fork(`round ${round}`);
    const mix = [...swarms, drawSwarm(rng.fork('swarm'), bound.cfg.validatorCount)];
    const hits = regrownRuns(bound, current, property, mix, rng.fork('choices'), budget, shouldStop);
    runs += hits.runs;
    let best = current;
    for (const hit of hits.violating.slice(0, budget.reduced)) {
      if (shouldStop()) break;
      const reduced = await reduce(hit);
      if (reduced.length < best.length) best = reduced;
    }
    if (best.length >= current.length) break;
    current = best;
  }
  return { actions: current, runs };
}

/** One round's tries: every cut position and length, over the swarm mix, up to `budget.tries`. */
function regrownRuns(
  bound: BoundModel,
  current: readonly Action[],
  property: string,
  mix: readonly RegrowSwarm[],
  rng: Rng,
  budget: RegrowBudget,
  shouldStop: () => boolean,
): { violating: Action[][]; runs: number } {
  const found: Action[][] = [];
  let runs = 0;
  const limit = current.length + budget.extraSteps;
  for (const cut of CUT_LENGTHS) {
    for (let at = 0; at + cut <= current.length; at += Math.max(1, cut >> 1)) {
      for (const swarm of mix) {
        if (runs >= budget.tries || shouldStop()) return { violating: sortByLength(found), runs };
        runs++;
        const kept = [...current.slice(0, at), ...current.slice(at + cut)];
        const hit = regrowOne(bound, kept, property, swarm, rng, limit);
        if (hit !== null) found.push(hit);
      }
    }
  }
  return { violating: sortByLength(found), runs };
}

/** The kept actions replayed leniently, then generated choices: the violating prefix, or null. */
function regrowOne(
  bound: BoundModel,
  kept: readonly Action[],
  property: string,
  swarm: RegrowSwarm,
  rng: Rng,
  limit: number,
): Action[] | null {
  const applied = replayActions(bound.model, [], kept, { maxSteps: kept.length }, 'skip').actions;
  const keys = applied.map(actionKey);
  const run = runWithChooser(
    bound.model,
    bound.invariants,
    (state, enabled, step) => {
      const key = keys[step];
      if (key !== undefined) return enabled.find((a) => actionKey(a) === key);
      return pickAction(state, enabled, swarm.weights, swarm.groups, rng.u32());
    },
    { maxSteps: limit, stopOn: property },
  );
  const violation = run.violations.find((v) => v.property === property);
  return violation ? run.actions.slice(0, violation.step) : null;
}

function sortByLength(runs: Action[][]): Action[][] {
  return runs.sort((a, b) => a.length - b.length);
}

/**
 * A fresh swarm configuration: every category weight in 0..6 (near deliveries and plain proposals
 * at least 1). Unlike the search's swarm (arbitraries/weights.ts), the regrow weighs the
 * equivocation profile's refinements (proposeOnFallback, byzVoteRival) apart too: its runs are
 * kept only when they still violate, so a wider spread costs nothing in soundness, and the guide
 * config's NoConflictingFinalization lengths (test/long/sim/shrink-guide.test.ts) were measured so.
 */
function drawSwarm(rng: Rng, validators: number): RegrowSwarm {
  const weights = Object.fromEntries(
    SCHEDULE_CATEGORIES.map((c) => [c, c === 'deliverNear' || c === 'propose' ? 1 + rng.int(6) : rng.int(7)]),
  ) as Record<keyof CategoryWeights, number>;
  const groups = Array.from({ length: validators }, () => rng.int(2));
  return { weights: { ...UNIFORM_WEIGHTS, ...weights }, groups };
}
