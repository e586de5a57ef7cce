import fc from 'fast-check';
import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import { makePauser } from './pause.ts';
import { type RunInput, runInput } from './run-input.ts';
import { modelCache, type SafetySetup } from './setup.ts';
import { type Counterexample, DEFAULT_SHRINK_BUDGET, type ShrinkBudget, shrinkDiscovery } from './shrink.ts';
import type { RunOutcome } from './step-engine.ts';

class SearchStopped extends Error {
  override readonly name = 'SearchStopped';
}

/** Violating runs per property that shrinking starts from (the shortest ones). */
const SHRINK_CANDIDATES = 3;

export interface SearchOptions {
  readonly setup: SafetySetup;
  readonly arbitrary: fc.Arbitrary<RunInput>;
  readonly seed: number;
  readonly numRuns: number;
  readonly maxSteps: number;
  /** Polled before every step of every run and shrink test: a deadline or a signal. True stops the search. */
  readonly shouldStop?: () => boolean;
  readonly beforeRun?: () => void;
  readonly onRun?: (runIndex: number, outcome: RunOutcome<Action>) => void;
  readonly visit?: (state: State) => void;
  /** Every step of a generated run: the actions offered and the one taken (per-action coverage). */
  readonly onChoice?: (enabled: readonly Action[], chosen: Action | undefined) => void;
  /** Called the moment a property is first violated, with the unshrunk run (so it can be saved at once). */
  readonly onDiscovery?: (discovery: Discovery, actions: readonly Action[]) => void;
  /** Called before a property is shrunk, with the lengths of the violating runs it starts from. */
  readonly onShrink?: (property: string, startLengths: readonly number[]) => void;
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
  /** The run's schedule up to the violating state. */
  readonly actions: readonly Action[];
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
 * the first run that violates it (its discovery, saved at once) and the run that violates it
 * soonest, without stopping (one violation never hides another). Phase 2 shrinks, per property,
 * that shortest violating prefix on its own (see shrink.ts).
 */
export async function searchSafety(options: SearchOptions): Promise<SearchResult> {
  const pause = makePauser();
  const modelFor = modelCache(options.setup);
  const discoveries = new Map<string, Discovery>();
  // The shortest violating prefixes of each property over all runs: shrinking starts from them,
  // since a long discovery may be an attack that needs long chains where a later run finds a
  // short one, and the shortest prefix is not always the one that shrinks best.
  const shortestDiscoveries = new Map<string, Discovery[]>();
  const totals = { runs: 0, statesChecked: 0, steps: 0, interrupted: false };
  const runOptions = {
    maxSteps: options.maxSteps,
    ...(options.visit ? { visit: options.visit } : {}),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    ...(options.onChoice ? { onChoice: options.onChoice } : {}),
  };
  const details = await fc.check(
    fc.asyncProperty(options.arbitrary, async (input) => {
      await pause();
      if (totals.interrupted || options.shouldStop?.()) {
        totals.interrupted = true;
        // Returning true would let fast-check generate the rest of the budget (100 million
        // inputs of 100,000 choices each, in the --timeout report of issue 10): a thrown stop
        // with endOnFailure ends fc.check at once, without shrinking.
        throw new SearchStopped();
      }
      options.beforeRun?.();
      const outcome = runInput(modelFor(input.leaderOffset), input, runOptions);
      for (const v of outcome.violations) {
        const best = shortestDiscoveries.get(v.property) ?? [];
        if (best.length >= SHRINK_CANDIDATES && (best.at(-1) as Discovery).step <= v.step) continue;
        const discovery: Discovery = {
          property: v.property,
          runIndex: totals.runs,
          step: v.step,
          message: v.message,
          input,
          actions: outcome.actions.slice(0, v.step),
        };
        best.push(discovery);
        best.sort((a, b) => a.step - b.step || a.runIndex - b.runIndex);
        shortestDiscoveries.set(v.property, best.slice(0, SHRINK_CANDIDATES));
        if (discoveries.has(v.property)) continue;
        discoveries.set(v.property, discovery);
        options.onDiscovery?.(discovery, discovery.actions);
      }
      totals.statesChecked += outcome.statesChecked;
      totals.steps += outcome.actions.length;
      options.onRun?.(totals.runs, outcome);
      // A run cut short by a stop still counts its states and discoveries (every prefix is a
      // real schedule), but not as a run of the budget.
      if (outcome.stopped) totals.interrupted = true;
      else totals.runs++;
      return true;
    }),
    { seed: options.seed, numRuns: options.numRuns, endOnFailure: true },
  );
  // The predicate fails only on a stop: any other failure is an exception that escaped a run,
  // which fast-check would otherwise swallow. Surface it.
  if (details.failed && !(details.errorInstance instanceof SearchStopped))
    throw details.errorInstance ?? new Error('the safety search failed inside fast-check');
  const counterexamples: Counterexample[] = [];
  for (const first of discoveries.values()) {
    const [d = first, ...others] = shortestDiscoveries.get(first.property) ?? [];
    options.onShrink?.(
      first.property,
      [d, ...others].map((c) => c.actions.length),
    );
    const cx = await shrinkDiscovery(
      modelFor,
      d,
      options.shrinkBudget ?? DEFAULT_SHRINK_BUDGET,
      options.shouldStop,
      others,
    );
    counterexamples.push(cx);
    options.onCounterexample?.(cx);
  }
  // A stop during shrinking interrupts the run too: its counterexamples may not be minimal.
  const interrupted = totals.interrupted || options.shouldStop?.() === true;
  return { ...totals, interrupted, discoveries: [...discoveries.values()], counterexamples };
}
