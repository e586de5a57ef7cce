import fc from 'fast-check';
import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import { makePauser } from './pause.ts';
import { type RunInput, runInput } from './run-input.ts';
import { modelCache, type SafetySetup } from './setup.ts';
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
  readonly beforeRun?: () => void;
  readonly onRun?: (runIndex: number, outcome: RunOutcome<Action>) => void;
  readonly visit?: (state: State) => void;
  /** Called the moment a property is first violated, with the unshrunk run (so it can be saved at once). */
  readonly onDiscovery?: (discovery: Discovery, actions: readonly Action[]) => void;
  /** Called for each counterexample as soon as it is shrunk, so it can be written at once. */
  readonly onCounterexample?: (counterexample: Counterexample) => void;
  readonly shrinkBudget?: ShrinkBudget;
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
export async function searchSafety(options: SearchOptions): Promise<SearchResult> {
  const pause = makePauser();
  const modelFor = modelCache(options.setup);
  const discoveries = new Map<string, Discovery>();
  const totals = { runs: 0, statesChecked: 0, steps: 0, interrupted: false };
  const runOptions = { maxSteps: options.maxSteps, ...(options.visit ? { visit: options.visit } : {}) };
  await fc.check(
    fc.asyncProperty(options.arbitrary, async (input) => {
      await pause();
      if (totals.interrupted || options.shouldStop?.()) {
        totals.interrupted = true;
        return true;
      }
      options.beforeRun?.();
      const outcome = runInput(modelFor(input.leaderOffset), input, runOptions);
      for (const v of outcome.violations) {
        if (discoveries.has(v.property)) continue;
        const discovery: Discovery = {
          property: v.property,
          runIndex: totals.runs,
          step: v.step,
          message: v.message,
          input,
        };
        discoveries.set(v.property, discovery);
        options.onDiscovery?.(discovery, outcome.actions.slice(0, v.step));
      }
      totals.statesChecked += outcome.statesChecked;
      totals.steps += outcome.actions.length;
      options.onRun?.(totals.runs, outcome);
      totals.runs++;
      return true;
    }),
    { seed: options.seed, numRuns: options.numRuns },
  );
  const counterexamples: Counterexample[] = [];
  for (const d of discoveries.values()) {
    const cx = await shrinkDiscovery(
      modelFor,
      options.arbitrary,
      { property: d.property, seed: options.seed, path: String(d.runIndex), input: d.input },
      options.maxSteps,
      options.shrinkBudget ?? DEFAULT_SHRINK_BUDGET,
      options.shouldStop,
    );
    counterexamples.push(cx);
    options.onCounterexample?.(cx);
  }
  return { ...totals, discoveries: [...discoveries.values()], counterexamples };
}
