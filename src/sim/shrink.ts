import fc from 'fast-check';
import { ddmin } from '../check/ddmin.ts';
import type { Action } from '../model/actions/types.ts';
import { makePauser } from './pause.ts';
import { type RunInput, runInput } from './run-input.ts';
import type { BoundModel } from './setup.ts';
import { replayActions } from './step-engine.ts';

/** A minimal schedule that violates one property, in concrete actions. */
export interface Counterexample {
  readonly property: string;
  readonly message: string;
  readonly leaderOffset: number;
  readonly actions: Action[];
  /** Steps of the schedule that was found, before shrinking. */
  readonly originalLength: number;
  /** True when delta debugging proved it 1-minimal (removing any one action loses the violation). */
  readonly oneMinimal: boolean;
  readonly shrinkTests: number;
}

export interface ShrinkBudget {
  /** Predicate evaluations fast-check's shrinker may spend. */
  readonly fastCheckTests: number;
  /** Replays delta debugging may spend. */
  readonly ddminTests: number;
}

export const DEFAULT_SHRINK_BUDGET: ShrinkBudget = {
  fastCheckTests: 1_000,
  ddminTests: 20_000,
};

/**
 * Shrinks the run that first violated `property`: fast-check replays that run (seed + path) and
 * shrinks its input with this property alone as the predicate; the result is turned into concrete
 * actions and delta debugging makes it 1-minimal.
 */
export async function shrinkDiscovery(
  modelFor: (offset: number) => BoundModel,
  arbitrary: fc.Arbitrary<RunInput>,
  discovery: { property: string; seed: number; path: string; input: RunInput },
  maxSteps: number,
  budget: ShrinkBudget = DEFAULT_SHRINK_BUDGET,
  shouldStop: () => boolean = () => false,
): Promise<Counterexample> {
  const pause = makePauser();
  const { property } = discovery;
  const violates = (input: RunInput) =>
    runInput(modelFor(input.leaderOffset), input, { maxSteps, stopOn: property }).violations.length > 0;
  let tests = 0;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (input) => {
      tests++;
      await pause();
      // Past the budget, or when asked to stop, every candidate "passes": fast-check then keeps
      // the smallest failing input found so far. The budget counts tests, never milliseconds:
      // a wall-clock bound would make the counterexample depend on the machine's speed and load.
      const spent = tests > budget.fastCheckTests;
      return spent || shouldStop() || !violates(input);
    }),
    { seed: discovery.seed, path: discovery.path, numRuns: 1 },
  );
  const shrunk = details.failed && details.counterexample ? details.counterexample[0] : discovery.input;
  const bound = modelFor(shrunk.leaderOffset);
  const found = runInput(bound, shrunk, { maxSteps, stopOn: property });
  const originalRun = runInput(modelFor(discovery.input.leaderOffset), discovery.input, {
    maxSteps,
    stopOn: property,
  });
  const stillFails = (candidate: Action[]) => {
    if (shouldStop()) return false;
    const replay = replayActions(bound.model, bound.invariants, candidate, {
      maxSteps: candidate.length,
      stopOn: property,
    });
    return replay.rejectedAt === null && replay.violations.length > 0;
  };
  const minimal = await ddmin(found.actions, stillFails, budget.ddminTests, pause);
  const final = replayActions(bound.model, bound.invariants, minimal.items, {
    maxSteps: minimal.items.length,
    stopOn: property,
  });
  return {
    property,
    message: final.violations[0]?.message ?? found.violations[0]?.message ?? '',
    leaderOffset: shrunk.leaderOffset,
    actions: final.actions,
    originalLength: originalRun.actions.length,
    oneMinimal: minimal.minimal && !shouldStop(),
    shrinkTests: tests + minimal.tests,
  };
}
