import type { SafetyProperty } from '../../properties/types.ts';
import { exploreAsync } from '../../src/check/explore.ts';
import type { ExploreResult, StopReason } from '../../src/check/explore-types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/actions/types.ts';
import { inFlightAtMost } from '../../src/model/constraints.ts';
import type { SearchExtent } from '../../src/report/types.ts';
import { ActionCoverage } from '../../src/sim/action-coverage.ts';
import { makePauser } from '../../src/sim/pause.ts';
import { scheduleChoicesToExplore, scheduleFields } from '../../src/sim/schedule-choice.ts';
import { bindModel, type SafetySetup } from '../../src/sim/setup.ts';
import { mergeResults } from '../merge.ts';
import {
  type CounterexampleSummary,
  type DiscoveryCost,
  type OutcomeLabel,
  propertyOutcome,
  traceName,
} from '../outcome.ts';
import { selectProperties } from '../selection.ts';
import type { ScenarioContext, ScenarioResult } from '../types.ts';
import { safetyTrace } from './safety-trace.ts';

export interface ExhaustiveRequest {
  readonly ctx: ScenarioContext;
  readonly config: AlpenglowConfig;
  readonly properties: readonly SafetyProperty[];
  readonly label?: OutcomeLabel;
}

/** A property's shortest counterexample over the leader offsets so far, and when it was discovered. */
interface ShortestCounterexample {
  readonly counterexample: CounterexampleSummary;
  readonly discovery: DiscoveryCost;
}

/**
 * Exhaustive exploration as a scenario driver: breadth-first search of the untimed model for each
 * leader rotation the config allows (one when `leader_offset` is set), bounded by `--depth`,
 * `--max-states` and `--max-in-flight`. Each property's verdict comes with the shortest
 * counterexample found; `complete` says whether the bounded space was exhausted.
 */
export function runExhaustive(req: ExhaustiveRequest): Promise<ScenarioResult> {
  const properties = selectProperties(req.ctx.selection, req.properties);
  // Nothing selected: nothing to run (an unselected property is never evaluated).
  if (properties.length === 0) return Promise.resolve(mergeResults([], {}));
  return exploreOffsets({ ...req, properties });
}

async function exploreOffsets(req: ExhaustiveRequest): Promise<ScenarioResult> {
  const { ctx, config } = req;
  const setup: SafetySetup = { config, maxSlot: config.max_rounds, properties: req.properties };
  const offsets = scheduleChoicesToExplore(config);
  const started = performance.now();
  const counterexamples = new Map<string, ShortestCounterexample>();
  const results: { offset: number; result: ExploreResult<Action> }[] = [];
  const actionCoverage = new ActionCoverage('exhaustive'); // over every leader offset
  let states = 0;
  for (const offset of offsets) {
    if (ctx.shouldStop()) break;
    const bound = bindModel(setup, offset);
    const limit = ctx.exhaustive.maxInFlight;
    let lastDepth = -1;
    const result = await exploreAsync(
      bound.model,
      bound.invariants,
      {
        maxDepth: ctx.depth,
        maxStates: ctx.exhaustive.maxStates,
        symmetry: ctx.exhaustive.symmetry,
        shouldStop: ctx.shouldStop,
        stopWhenAllViolated: true,
        observer: actionCoverage,
        ...(limit === null ? {} : { constraint: inFlightAtMost(limit) }),
        onProgress: (s) => {
          ctx.progress({
            phase: `explore offset ${offset}`,
            runs: results.length,
            totalRuns: offsets.length,
            states: states + s.uniqueStates,
            depth: s.depth,
          });
          if (s.depth > lastDepth)
            ctx.log(`exploring leader offset ${offset}: depth ${s.depth}, ${s.uniqueStates} distinct states`);
          lastDepth = s.depth;
        },
      },
      makePauser(),
    );
    results.push({ offset, result });
    states += result.statesExplored;
    for (const v of result.violations) {
      const known = counterexamples.get(v.property);
      if (known && known.counterexample.length <= v.depth) continue;
      const trace = saveTrace(req, setup, offset, v.path, v.property, v.message);
      counterexamples.set(v.property, {
        counterexample: { message: v.message, length: v.depth, trace },
        discovery: { states, ms: performance.now() - started },
      });
      ctx.log(`discovered ${v.property} at depth ${v.depth} (leader offset ${offset})`);
    }
  }
  const summary = summarize(req, results, counterexamples, offsets.length, performance.now() - started);
  return { ...summary, actionCoverage: { exhaustive: actionCoverage } };
}

function saveTrace(
  req: ExhaustiveRequest,
  setup: SafetySetup,
  offset: number,
  path: readonly Action[],
  property: string,
  message: string,
): string {
  return req.ctx.saveTrace(
    traceName(property, req.label ?? null),
    safetyTrace(setup, req.ctx.seed, offset, path, property, message, {
      driver: 'exhaustive',
      shortest: true,
      symmetry: req.ctx.exhaustive.symmetry,
    }),
  );
}

function summarize(
  req: ExhaustiveRequest,
  results: readonly { offset: number; result: ExploreResult<Action> }[],
  counterexamples: ReadonlyMap<string, ShortestCounterexample>,
  planned: number,
  wallMs: number,
): ScenarioResult {
  const sum = (f: (r: ExploreResult<Action>) => number) =>
    results.reduce((a, { result }) => a + f(result), 0);
  const complete = results.length === planned && results.every(({ result }) => result.complete);
  const spent = { states: sum((r) => r.statesExplored), ms: wallMs };
  const search = searchExtent(
    results.map(({ result }) => result),
    planned,
  );
  const properties = req.properties.map((p) => ({
    ...propertyOutcome({
      property: p.name,
      label: req.label ?? null,
      driver: 'exhaustive',
      ran: results.length > 0,
      spent,
      discovery: counterexamples.get(p.name)?.discovery ?? null,
      counterexample: counterexamples.get(p.name)?.counterexample ?? null,
    }),
    search,
  }));
  return {
    properties,
    statesExplored: sum((r) => r.statesExplored),
    uniqueStates: sum((r) => r.uniqueStates),
    transitions: sum((r) => r.transitions),
    stateSpaceCoverage: complete ? 1 : null,
    byzantineEvents: 0,
    networkEvents: 0,
    runs: results.length,
    interrupted: results.some(({ result }) => result.stopReason === 'stopped') || results.length < planned,
    extra: {
      exploration: {
        complete,
        symmetry: req.ctx.exhaustive.symmetry,
        max_depth: Math.max(0, ...results.map(({ result }) => result.maxDepth)),
        per_leader_offset: results.map(({ offset, result }) => ({
          ...scheduleFields(req.config, offset),
          stop_reason: result.stopReason,
          complete: result.complete,
          unique_states: result.uniqueStates,
          states_explored: result.statesExplored,
          transitions: result.transitions,
          max_depth: result.maxDepth,
          states_per_second: Math.round(result.statesPerSecond),
          peak_heap_bytes: result.peakHeapBytes,
        })),
      },
    },
  };
}

/** The stop reasons that leave a space unexhausted, the one that got least far first. */
const SHORTFALL: readonly StopReason[] = ['stopped', 'maxStates', 'depthBound', 'allViolated'];

/**
 * How far the searches over all planned leader rotations got. A search cut by its depth bound
 * checked every state up to that depth; one cut by the state budget or a stop, in the middle of a
 * level, only the levels before it. The shallowest rotation bounds the claim; a rotation never
 * explored leaves no depth to claim at all.
 */
export function searchExtent(results: readonly ExploreResult<Action>[], planned: number): SearchExtent {
  if (results.length < planned) return { complete: false, checked_depth: null, stop_reason: 'not_started' };
  const cut = results.filter((r) => !r.complete);
  if (cut.length === 0)
    return {
      complete: true,
      checked_depth: Math.max(0, ...results.map((r) => r.maxDepth)),
      stop_reason: 'exhausted',
    };
  const depths = cut.map((r) => (r.stopReason === 'depthBound' ? r.maxDepth : Math.max(0, r.maxDepth - 1)));
  const reasons = cut.map((r) => r.stopReason);
  const worst = SHORTFALL.find((reason) => reasons.includes(reason)) ?? 'stopped';
  return { complete: false, checked_depth: Math.min(...depths), stop_reason: worst };
}
