import fc from 'fast-check';
import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import type { RunInput } from './run-input.ts';
import { runInput } from './run-input.ts';
import type { SafetySetup } from './setup.ts';
import { modelCache } from './setup.ts';
import { type Counterexample, DEFAULT_SHRINK_BUDGET, type ShrinkBudget, shrinkDiscovery } from './shrink.ts';
import type { RunOutcome } from './step-engine.ts';

export interface SearchOptions {
  readonly setup: SafetySetup;
  readonly arbitrary: fc.Arbitrary<RunInput>;
  readonly seed: number;
  readonly numRuns: number;
  readonly maxSteps: number;
  /** Polled between runs: a deadline or a signal. When true the search stops early. */
  readonly shouldStop?: () => boolean;
  readonly onRun?: (runIndex: number, outcome: RunOutcome<Action>) => void;
  readonly visit?: (state: State) => void;
  readonly shrinkBudget?: ShrinkBudget;
  /** Called for each counterexample as soon as it is shrunk, so it can be written at once. */
  readonly onCounterexample?: (counterexample: Counterexample) => void;
}

/** The first run that violated a property (Stateright's "discovery"). */
export interface Discovery {
  readonly property: string;
  readonly runIndex: number;
  readonly step: number;
  readonly message: string;
  readonly input: RunInput;
}

export interface SearchResult {
  readonly runs: number;
  readonly statesChecked: number;
  readonly steps: number;
  readonly discoveries: Discovery[];
  readonly counterexamples: Counterexample[];
  readonly interrupted: boolean;
}

/**
 * Property-based safety search. Phase 1 generates runs with fast-check and records, per property,
 * the first run that violates it, without stopping (one violation never hides another). Phase 2
 * shrinks each discovery on its own (see shrink.ts).
 */
export function searchSafety(options: SearchOptions): SearchResult {
  const modelFor = modelCache(options.setup);
  const discoveries = new Map<string, Discovery>();
  let runs = 0;
  let statesChecked = 0;
  let steps = 0;
  let interrupted = false;
  const runOptions = options.visit
    ? { maxSteps: options.maxSteps, visit: options.visit }
    : { maxSteps: options.maxSteps };
  fc.check(
    fc.property(options.arbitrary, (input) => {
      if (interrupted || options.shouldStop?.()) {
        interrupted = true;
        return true;
      }
      const outcome = runInput(modelFor(input.leaderOffset), input, runOptions);
      for (const v of outcome.violations) {
        if (!discoveries.has(v.property)) {
          discoveries.set(v.property, {
            property: v.property,
            runIndex: runs,
            step: v.step,
            message: v.message,
            input,
          });
        }
      }
      statesChecked += outcome.statesChecked;
      steps += outcome.actions.length;
      options.onRun?.(runs, outcome);
      runs++;
      return true;
    }),
    { seed: options.seed, numRuns: options.numRuns },
  );
  const counterexamples: Counterexample[] = [];
  for (const d of discoveries.values()) {
    const path = String(d.runIndex);
    const cx = shrinkDiscovery(
      modelFor,
      options.arbitrary,
      { property: d.property, seed: options.seed, path, input: d.input },
      options.maxSteps,
      options.shrinkBudget ?? DEFAULT_SHRINK_BUDGET,
    );
    counterexamples.push(cx);
    options.onCounterexample?.(cx);
  }
  return { runs, statesChecked, steps, discoveries: [...discoveries.values()], counterexamples, interrupted };
}
