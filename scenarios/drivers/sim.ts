import type { LivenessProperty, SafetyProperty } from '../../properties/types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import { type Rng, rngFromSeed } from '../../src/core/rng.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import type { LivenessTiming, TimedObservations } from '../../src/model/observations.ts';
import { makePauser } from '../../src/sim/pause.ts';
import {
  fixedScheduleChoice,
  scheduleChoiceCount,
  scheduleFields,
  scheduleOptions,
} from '../../src/sim/schedule-choice.ts';
import { shortestViolatingPrefix } from '../../src/sim/timed/evaluate.ts';
import { drawFaultPlan, type FaultPlan, type FaultPlanOptions } from '../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../src/sim/timed/loss.ts';
import { type TimedParams, timedParams } from '../../src/sim/timed/params.ts';
import { simulate, type TimedInput, type TimedRunResult } from '../../src/sim/timed/simulator.ts';
import { defaultHorizonMs, livenessTiming } from '../../src/sim/timed/timing.ts';
import { buildTrace } from '../../src/sim/trace.ts';
import { mergeResults } from '../merge.ts';
import {
  type CounterexampleSummary,
  type DiscoveryCost,
  propertyOutcome,
  type UntracedViolation,
} from '../outcome.ts';
import { selectProperties } from '../selection.ts';
import type { ScenarioContext, ScenarioResult } from '../types.ts';
import { noTraceNote, type RunScale, runScale } from './sim-scale.ts';
import { SimTotals } from './sim-totals.ts';
import { TimedSafety } from './timed-safety.ts';

export interface SimRequest {
  readonly ctx: ScenarioContext;
  readonly config: AlpenglowConfig;
  readonly runs: number;
  readonly liveness: readonly LivenessProperty[];
  readonly safety: readonly SafetyProperty[];
  /** A scenario's swarm: each run's config and horizon varied, drawn from the run's own stream. */
  readonly vary?: (config: AlpenglowConfig, run: number, rng: Rng) => RunVariation;
  /** Report figures a scenario adds (extra.simulation[key]), fed every run. */
  readonly tally?: RunTally;
  /** Expected inputs above which a run is at scale (sim-scale.ts; default AT_SCALE_INPUTS): tests lower it. */
  readonly atScaleInputs?: number;
}

/** How one run differs from the config (the trace records the varied config, so it replays). */
export interface RunVariation {
  readonly config: AlpenglowConfig;
  /** A longer horizon than defaultHorizonMs, for runs whose windows stretch (grown timeouts). */
  readonly horizonMs?: (defaultMs: number) => number;
  /** The run's faults, when the regime draws them itself (default: drawFaultPlan). */
  readonly plan?: (params: TimedParams, options: FaultPlanOptions, rng: Rng, cfg: ModelConfig) => FaultPlan;
  /** The regime's name, counted in the report. */
  readonly label: string;
}

/** What a scenario counts over its runs for the report. */
export interface RunTally {
  readonly key: string;
  add(run: { cfg: ModelConfig; timing: LivenessTiming; obs: TimedObservations; label: string }): void;
  summary(): Record<string, unknown>;
}

/** Steps between progress reports within a run at scale (a mainnet run is minutes long). */
const PROGRESS_EVERY_STEPS = 1 << 16;

/**
 * A violated property: its shortest violating prefix, saved (none for a run at scale), and when
 * the run that broke it ended.
 */
interface Violation {
  readonly counterexample: CounterexampleSummary | UntracedViolation;
  readonly discovery: DiscoveryCost;
}

/**
 * Timed random simulation as a scenario driver: `runs` seeded runs (each with its own leader
 * rotation and fault plan), every liveness property judged on each run and every safety property
 * on the run's states (timed-safety.ts: not all of them are stable, so the final state is not
 * enough). A violation is cut to its shortest violating prefix in time — for safety, the inputs up
 * to the first violating state — and saved as a timed trace. A run at scale (sim-scale.ts: its
 * trace would pass ~200 MB) is stepped in place without its inputs: its violations are reported
 * with a note instead of a trace.
 */
export function runSim(req: SimRequest): Promise<ScenarioResult> {
  const liveness = selectProperties(req.ctx.selection, req.liveness);
  const safety = selectProperties(req.ctx.selection, req.safety);
  // Nothing selected: nothing to run (an unselected property is never evaluated).
  if (liveness.length + safety.length === 0) return Promise.resolve(mergeResults([], {}));
  return simulateRuns({ ...req, liveness, safety });
}

async function simulateRuns(req: SimRequest): Promise<ScenarioResult> {
  const { ctx } = req;
  const pause = makePauser();
  const started = performance.now();
  const violations = new Map<string, Violation>();
  const totals = new SimTotals();
  for (let run = 0; run < req.runs && !ctx.shouldStop(); run++) {
    await pause();
    const progress = (steps: number) =>
      ctx.progress({ phase: 'simulate', runs: run, totalRuns: req.runs, states: totals.events + steps });
    const one = simulateRun(req, run, (name) => violations.has(name), progress);
    totals.add(one);
    req.tally?.add({ cfg: one.cfg, timing: one.timing, obs: one.result.observations, label: one.label });
    if (one.result.events >= one.scale.maxEvents)
      ctx.log(`simulated run ${run} stopped at its event bound (${one.scale.maxEvents} events)`);
    for (const [property, found] of judge(req, one, violations)) {
      violations.set(property, {
        counterexample: counterexampleOf(req, one, run, property, found),
        discovery: { states: totals.events, ms: performance.now() - started },
      });
      ctx.log(`discovered ${property} in simulated run ${run}: ${found.message}`);
    }
    ctx.progress({ phase: 'simulate', runs: run + 1, totalRuns: req.runs, states: totals.events });
  }
  const wallMs = performance.now() - started;
  const names = [...req.liveness.map((p) => p.name), ...req.safety.map((p) => p.name)];
  const properties = names.map((property) =>
    propertyOutcome({
      property,
      label: null,
      driver: 'sim',
      ran: totals.runs > 0,
      spent: { states: totals.events, ms: wallMs },
      discovery: violations.get(property)?.discovery ?? null,
      counterexample: violations.get(property)?.counterexample ?? null,
    }),
  );
  const simulation = totals.summary(wallMs, { strategy: req.config.byzantine_strategy });
  return {
    properties,
    statesExplored: totals.events,
    uniqueStates: null,
    transitions: null,
    stateSpaceCoverage: null,
    byzantineEvents: totals.byzantineEvents,
    networkEvents: totals.deliveries,
    runs: totals.runs,
    // A run a stop cut short (a minutes-long run at scale, say) is judged up to the cut, not finished.
    interrupted: totals.runs < req.runs || totals.cutByStop,
    actionCoverage: totals.coverage(),
    extra: { simulation: { ...simulation, ...(req.tally ? { [req.tally.key]: req.tally.summary() } : {}) } },
  };
}

interface OneRun {
  /** The run's config: the scenario's, or its variation (RunVariation). */
  readonly config: AlpenglowConfig;
  readonly label: string;
  readonly cfg: ModelConfig;
  readonly leaderOffset: number;
  readonly params: TimedParams;
  readonly plan: FaultPlan;
  readonly timing: LivenessTiming;
  readonly result: TimedRunResult;
  /** How it was simulated: at scale, in place and without its inputs (sim-scale.ts). */
  readonly scale: RunScale;
  /** Safety on the run's states (timed-safety.ts), finished on its last one. */
  readonly safety: TimedSafety;
  readonly safetyStride: number;
}

/**
 * One seeded run: its leader rotation and fault plan drawn from `seed/sim-<run>`, then simulated.
 * `progress` hears of a run at scale every PROGRESS_EVERY_STEPS inputs (it is minutes long).
 */
function simulateRun(
  req: SimRequest,
  run: number,
  known: (property: string) => boolean,
  progress: (steps: number) => void,
): OneRun {
  const { ctx } = req;
  const rng = rngFromSeed(`${ctx.seed}/sim-${run}`);
  const variation = req.vary?.(req.config, run, rng.fork('regime'));
  const config = variation?.config ?? req.config;
  // The rotation, or the epoch under the stake-weighted schedule (src/sim/schedule-choice.ts).
  const leaderOffset = fixedScheduleChoice(config) ?? rng.fork('leader').int(scheduleChoiceCount(config));
  const cfg = buildModelConfig(config, scheduleOptions(config, leaderOffset));
  const params = timedParams(config);
  const activeMs = params.gstMs + cfg.maxSlot * params.blockTimeMs;
  const faults = { validators: cfg.validatorCount, partitions: config.network_partitions, activeMs };
  const plan = (variation?.plan ?? drawFaultPlan)(params, faults, rng.fork('faults'), cfg);
  const baseHorizonMs = defaultHorizonMs(cfg, params, plan);
  const horizonMs = variation?.horizonMs?.(baseHorizonMs) ?? baseHorizonMs;
  const loss = networkLoss(config);
  const scale = runScale(cfg, req.atScaleInputs);
  const safety = new TimedSafety(cfg, req.safety, scale.safetyStride, known);
  if (scale.atScale) ctx.log(`simulated run ${run} is at scale: ${atScaleWords(scale)}`);
  const result = simulate({
    cfg,
    params,
    plan,
    loss,
    horizonMs,
    rng: rng.fork('sim'),
    maxEvents: scale.maxEvents,
    shouldStop: ctx.shouldStop,
    onStep: scale.atScale
      ? (state, step, changed) => {
          safety.onStep(state, step, changed);
          if (step % PROGRESS_EVERY_STEPS === 0) progress(step);
        }
      : (state, step, changed) => safety.onStep(state, step, changed),
    ...(scale.atScale ? { inPlace: true, keepInputs: false } : {}),
  });
  safety.finish(result.state, result.steps);
  const timing = livenessTiming(cfg, params, plan, horizonMs, loss);
  const label = variation?.label ?? 'configured';
  return {
    config,
    label,
    cfg,
    leaderOffset,
    params,
    plan,
    timing,
    result,
    scale,
    safety,
    safetyStride: scale.safetyStride,
  };
}

function atScaleWords(scale: RunScale): string {
  return (
    `about ${scale.expectedInputs} timed inputs expected (above ${scale.boundInputs}): stepped in place ` +
    `without a trace, safety checked every ${scale.safetyStride} states, at most ${scale.maxEvents} events`
  );
}

/** A violating stretch of a run: the timed inputs before `endMs`, and what the property said. */
interface ViolatingPrefix {
  readonly inputs: readonly TimedInput[];
  readonly endMs: number;
  readonly message: string;
}

/** A violation this run found: its violating prefix, or none when the run kept no inputs (at scale). */
interface Found {
  readonly message: string;
  readonly prefix: ViolatingPrefix | null;
}

/**
 * Properties this run violates for the first time, each cut to its shortest violating prefix
 * (safety: up to the first violating state checked). A run at scale has no inputs to cut: its
 * liveness is judged on the whole run's observations, its safety on the states TimedSafety checked.
 */
function judge(req: SimRequest, one: OneRun, known: ReadonlyMap<string, Violation>): [string, Found][] {
  const { cfg, timing, result } = one;
  const obs = result.observations;
  const found: [string, Found][] = [];
  for (const p of req.liveness) {
    if (known.has(p.name)) continue;
    const message = p.check({ cfg, timing, obs });
    if (message === null) continue;
    if (one.scale.atScale) {
      found.push([p.name, { message, prefix: null }]);
      continue;
    }
    const cut = shortestViolatingPrefix(cfg, timing, result.inputs, obs.endMs, p);
    if (cut) found.push([p.name, { message: cut.message, prefix: cut }]);
  }
  // Safety: the inputs up to the first state that violates it (TimedSafety checked them).
  for (const [name, { step, message }] of one.safety.violations()) {
    if (known.has(name)) continue;
    if (one.scale.atScale) {
      found.push([name, { message: `${message} (first seen after input ${step + 1})`, prefix: null }]);
      continue;
    }
    const inputs = result.inputs.slice(0, step + 1);
    found.push([name, { message, prefix: { inputs, endMs: inputs.at(-1)?.atMs ?? 0, message } }]);
  }
  return found;
}

/** The saved trace of a violation, or (a run at scale) the message and why there is no trace. */
function counterexampleOf(
  req: SimRequest,
  one: OneRun,
  run: number,
  property: string,
  found: Found,
): CounterexampleSummary | UntracedViolation {
  const { prefix } = found;
  if (prefix === null)
    return { message: `${found.message}; ${noTraceNote(run, one.scale)}`, length: null, trace: null };
  const trace = req.ctx.saveTrace(property, traceOfRun(req, one, run, property, prefix));
  return { message: prefix.message, length: prefix.inputs.length, trace };
}

function traceOfRun(req: SimRequest, one: OneRun, run: number, property: string, w: ViolatingPrefix) {
  return buildTrace({
    config: { ...one.config, ...scheduleFields(one.config, one.leaderOffset) },
    seed: req.ctx.seed,
    actions: [],
    violation: { property, step: w.inputs.length, message: w.message },
    timed: timedBody(one.params, one.plan, w.endMs, w.inputs),
    found_by: { driver: 'sim', run, original_inputs: one.result.inputs.length },
  });
}

function timedBody(params: TimedParams, plan: FaultPlan, endMs: number, inputs: readonly TimedInput[]) {
  return { params, plan, end_ms: endMs, inputs: inputs.map((i) => ({ at_ms: i.atMs, input: i.input })) };
}
