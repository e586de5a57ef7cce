import { runInputArb } from '../../arbitraries/run-input.ts';
import type { SafetyProperty } from '../../properties/types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/index.ts';
import { ActionCoverage } from '../../src/sim/action-coverage.ts';
import { Coverage } from '../../src/sim/coverage.ts';
import { type Discovery, type SearchResult, searchSafety } from '../../src/sim/pbt.ts';
import {
  fixedScheduleChoice,
  preferredScheduleChoices,
  scheduleChoiceCount,
} from '../../src/sim/schedule-choice.ts';
import type { SafetySetup } from '../../src/sim/setup.ts';
import type { Counterexample } from '../../src/sim/shrink.ts';
import { MODEL_ASSERTION } from '../../src/sim/step-engine.ts';
import { mergeResults } from '../merge.ts';
import { type OutcomeLabel, propertyOutcome, traceName } from '../outcome.ts';
import { selectProperties } from '../selection.ts';
import type { PropertyOutcome, ScenarioContext, ScenarioResult } from '../types.ts';
import { safetyTrace } from './safety-trace.ts';

export interface PbtRequest {
  readonly ctx: ScenarioContext;
  readonly config: AlpenglowConfig;
  readonly properties: readonly SafetyProperty[];
  readonly runs: number;
  /** What tells this search's verdicts apart when a scenario runs several (a sweep cell, a driver). */
  readonly label: OutcomeLabel | null;
}

/**
 * Property-based safety testing as a scenario driver: the search of src/sim/pbt.ts over the
 * config, every property with its own verdict, each counterexample saved twice — the raw run the
 * moment it is discovered, then the shrunk one over it.
 */
export function runPbt(req: PbtRequest): Promise<ScenarioResult> {
  const properties = selectProperties(req.ctx.selection, req.properties);
  // Nothing selected: nothing to run (an unselected property is never evaluated).
  if (properties.length === 0) return Promise.resolve(mergeResults([], {}));
  return searchPbt({ ...req, properties });
}

async function searchPbt(req: PbtRequest): Promise<ScenarioResult> {
  const { ctx, config } = req;
  const setup: SafetySetup = { config, maxSlot: config.max_rounds, properties: req.properties };
  const tally = new PbtTally();
  const actionCoverage = new ActionCoverage('pbt');
  const save = (
    property: string,
    offset: number,
    actions: readonly Action[],
    message: string,
    extra: object,
  ) =>
    ctx.saveTrace(
      traceName(property, req.label),
      safetyTrace(setup, ctx.seed, offset, actions, property, message, { driver: 'pbt', ...extra }),
    );
  let runsDone = 0;
  const result = await searchSafety({
    setup,
    arbitrary: runInputArb({
      validators: config.validators,
      leaderOffset: fixedScheduleChoice(config),
      choices: scheduleChoiceCount(config),
      preferredLeaders: preferredScheduleChoices(config),
      maxChoices: ctx.depth,
    }),
    seed: ctx.seed,
    numRuns: req.runs,
    maxSteps: ctx.depth,
    shouldStop: ctx.shouldStop,
    visit: (state) => tally.coverage.visit(state),
    onChoice: (enabled, chosen) => actionCoverage.choice(enabled, chosen),
    beforeRun: () => tally.startRun(),
    onRun: (runIndex, outcome) => {
      tally.endRun(outcome.statesChecked, outcome.actions);
      runsDone = runIndex + 1;
      ctx.progress({ phase: 'search', runs: runIndex + 1, totalRuns: req.runs, states: tally.states });
      if ((runIndex + 1) % 100 === 0)
        ctx.log(`search: ${runIndex + 1}/${req.runs} runs, ${tally.states} states`);
    },
    onShrink: (property, starts) => {
      ctx.progress({
        phase: `shrink ${property}`,
        runs: runsDone,
        totalRuns: req.runs,
        states: tally.states,
      });
      ctx.log(`shrinking ${property}: from ${starts.length} violating run(s) of ${starts.join(', ')} steps`);
    },
    onDiscovery: (d: Discovery, actions) => {
      const trace = save(d.property, d.input.leaderOffset, actions, d.message, {
        shrunk: false,
        run: d.runIndex,
      });
      tally.discovered(d, trace);
      ctx.log(`discovered ${d.property} in run ${d.runIndex} at step ${d.step} (saved: ${trace})`);
    },
    onCounterexample: (cx: Counterexample) => {
      save(cx.property, cx.leaderOffset, cx.actions, cx.message, {
        shrunk: true,
        one_minimal: cx.oneMinimal,
        original_length: cx.originalLength,
        sliced_length: cx.slicedLength,
        shortest_over_its_actions: cx.shortestOverItsActions,
      });
      ctx.log(`shrunk ${cx.property}: ${shrinkSummary(cx)}`);
    },
  });
  return {
    properties: reportedProperties(req.properties, result).map((name) =>
      tally.outcome(name, req.label, result),
    ),
    statesExplored: tally.states,
    uniqueStates: tally.coverage.uniqueStates,
    transitions: tally.coverage.uniqueTransitions,
    stateSpaceCoverage: null,
    byzantineEvents: tally.byzantineEvents,
    networkEvents: tally.networkEvents,
    runs: result.runs,
    interrupted: result.interrupted,
    actionCoverage: { pbt: actionCoverage },
  };
}

/**
 * The properties asked for, plus ModelAssertion when the model itself threw: an exception is a
 * finding with a trace (src/sim/step-engine.ts), never dropped because no one asked for it.
 */
function reportedProperties(properties: readonly SafetyProperty[], result: SearchResult): string[] {
  const names = properties.map((p) => p.name);
  const threw = result.counterexamples.some((c) => c.property === MODEL_ASSERTION);
  return threw ? [...names, MODEL_ASSERTION] : names;
}

/** One line on how a counterexample was shrunk, for --verbose. */
export function shrinkSummary(cx: Counterexample): string {
  const minimal = cx.oneMinimal ? '1-minimal' : 'not shown 1-minimal (stopped or out of budget)';
  const shortest =
    cx.shortestOverItsActions === null
      ? 'no reordering search'
      : cx.shortestOverItsActions
        ? 'no shorter reordering of its actions'
        : 'reordering search out of budget';
  return `${cx.originalLength} -> ${cx.actions.length} steps (causal slice ${cx.slicedLength}), ${minimal}, ${shortest}, ${cx.shrinkTests} tests`;
}

/** What a search measured: states checked, events by kind, coverage, when each property fell. */
class PbtTally {
  readonly coverage = new Coverage();
  states = 0;
  byzantineEvents = 0;
  networkEvents = 0;
  private readonly startedMs = performance.now();
  private readonly runStartStates: number[] = [];
  private readonly discoveries = new Map<string, { states: number; ms: number; trace: string }>();

  startRun(): void {
    this.coverage.startRun();
    this.runStartStates.push(this.states);
  }

  endRun(statesChecked: number, actions: readonly Action[]): void {
    this.states += statesChecked;
    for (const a of actions) {
      if (a.type === 'deliver') this.networkEvents++;
      else if (a.type === 'byzPropose' || a.type === 'byzSend') this.byzantineEvents++;
    }
  }

  discovered(d: Discovery, trace: string): void {
    const states = (this.runStartStates[d.runIndex] ?? 0) + d.step + 1;
    this.discoveries.set(d.property, { states, ms: performance.now() - this.startedMs, trace });
  }

  outcome(property: string, label: OutcomeLabel | null, result: SearchResult): PropertyOutcome {
    const cx = result.counterexamples.find((c) => c.property === property);
    const discovery = this.discoveries.get(property);
    return propertyOutcome({
      property,
      label,
      driver: 'pbt',
      ran: result.runs > 0,
      spent: { states: this.states, ms: performance.now() - this.startedMs },
      discovery: discovery ?? null,
      counterexample: cx
        ? {
            message: cx.message,
            length: cx.actions.length,
            trace: discovery?.trace ?? null,
            oneMinimal: cx.oneMinimal,
            discoveryLength: cx.originalLength,
          }
        : null,
    });
  }
}
