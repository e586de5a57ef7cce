import type { SafetyProperty } from '../../properties/types.ts';
import { exploreAsync } from '../../src/check/explore.ts';
import type { ExploreResult } from '../../src/check/explore-types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/actions/types.ts';
import { inFlightAtMost } from '../../src/model/constraints.ts';
import { makePauser } from '../../src/sim/pause.ts';
import { bindModel, type SafetySetup } from '../../src/sim/setup.ts';
import type { PropertyOutcome, ScenarioContext, ScenarioResult } from '../types.ts';
import { safetyTrace } from './safety-trace.ts';

export interface ExhaustiveRequest {
  readonly ctx: ScenarioContext;
  readonly config: AlpenglowConfig;
  readonly properties: readonly SafetyProperty[];
  readonly label?: string;
}

interface Shortest {
  readonly message: string;
  readonly depth: number;
  readonly trace: string;
  readonly states: number;
  readonly ms: number;
}

/**
 * Exhaustive exploration as a scenario driver: breadth-first search of the untimed model for each
 * leader rotation the config allows (one when `leader_offset` is set), bounded by `--depth`,
 * `--max-states` and `--max-in-flight`. Each property's verdict comes with the shortest
 * counterexample found; `complete` says whether the bounded space was exhausted.
 */
export async function runExhaustive(req: ExhaustiveRequest): Promise<ScenarioResult> {
  const { ctx, config } = req;
  const setup: SafetySetup = { config, maxSlot: config.max_rounds, properties: req.properties };
  const offsets =
    config.leader_offset === null
      ? Array.from({ length: config.validators }, (_, i) => i)
      : [config.leader_offset];
  const started = performance.now();
  const shortest = new Map<string, Shortest>();
  const results: { offset: number; result: ExploreResult<Action> }[] = [];
  let states = 0;
  for (const offset of offsets) {
    if (ctx.shouldStop()) break;
    const bound = bindModel(setup, offset);
    const limit = ctx.exhaustive.maxInFlight;
    const result = await exploreAsync(
      bound.model,
      bound.invariants,
      {
        maxDepth: ctx.depth,
        maxStates: ctx.exhaustive.maxStates,
        symmetry: ctx.exhaustive.symmetry,
        shouldStop: ctx.shouldStop,
        stopWhenAllViolated: true,
        ...(limit === null ? {} : { constraint: inFlightAtMost(limit) }),
        onProgress: (s) =>
          ctx.progress({
            phase: `explore offset ${offset}`,
            runs: results.length,
            totalRuns: offsets.length,
            states: states + s.uniqueStates,
            depth: s.depth,
          }),
      },
      makePauser(),
    );
    results.push({ offset, result });
    states += result.statesExplored;
    for (const v of result.violations) {
      const known = shortest.get(v.property);
      if (known && known.depth <= v.depth) continue;
      const trace = saveTrace(req, setup, offset, v.path, v.property, v.message);
      shortest.set(v.property, {
        message: v.message,
        depth: v.depth,
        trace,
        states,
        ms: performance.now() - started,
      });
      ctx.log(`found ${v.property} at depth ${v.depth} (leader offset ${offset})`);
    }
  }
  return summarize(req, results, shortest, offsets.length, performance.now() - started);
}

function saveTrace(
  req: ExhaustiveRequest,
  setup: SafetySetup,
  offset: number,
  path: readonly Action[],
  property: string,
  message: string,
): string {
  const name = req.label ? `${req.label}.${property}` : property;
  return req.ctx.saveTrace(
    name,
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
  shortest: ReadonlyMap<string, Shortest>,
  planned: number,
  wallMs: number,
): ScenarioResult {
  const sum = (f: (r: ExploreResult<Action>) => number) =>
    results.reduce((a, { result }) => a + f(result), 0);
  const complete = results.length === planned && results.every(({ result }) => result.complete);
  const properties: PropertyOutcome[] = req.properties.map((p) => {
    const hit = shortest.get(p.name);
    return {
      name: req.label ? `${p.name} [${req.label}]` : p.name,
      passed: hit ? false : results.length > 0 ? true : null,
      statesExplored: hit ? hit.states : sum((r) => r.statesExplored),
      durationMs: Math.round(hit ? hit.ms : wallMs),
      error: hit ? hit.message : null,
      counterexampleLength: hit ? hit.depth : null,
      counterexample: hit ? hit.trace : null,
      driver: 'exhaustive',
    };
  });
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
          leader_offset: offset,
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
