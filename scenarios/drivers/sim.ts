import {
  finalizationLatencies,
  type LatencySummary,
  summarizeLatencies,
} from '../../properties/liveness/latency.ts';
import { LivenessWindowsTally, livenessWindows } from '../../properties/liveness/liveness-windows.ts';
import type { LivenessProperty, SafetyProperty } from '../../properties/types.ts';
import { byzantineStakeShares } from '../../src/core/config/byzantine-by-stake.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import { type Rng, rngFromSeed } from '../../src/core/rng.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import type { LivenessTiming, TimedObservations } from '../../src/model/observations.ts';
import { ActionCoverage } from '../../src/sim/action-coverage.ts';
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
import { type CounterexampleSummary, type DiscoveryCost, propertyOutcome } from '../outcome.ts';
import { selectProperties } from '../selection.ts';
import type { ScenarioContext, ScenarioResult } from '../types.ts';
import { livenessAssumptionWarnings } from './assumptions.ts';
import { safetyStride, TimedSafety } from './timed-safety.ts';

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

/** Upper bound on events of one simulated run (a runaway run is a bug, not a result). */
const MAX_EVENTS_PER_RUN = 5_000_000;

/** A violated property: its shortest violating prefix, saved, and when the run that broke it ended. */
interface Violation {
  readonly counterexample: CounterexampleSummary;
  readonly discovery: DiscoveryCost;
}

/**
 * Timed random simulation as a scenario driver: `runs` seeded runs (each with its own leader
 * rotation and fault plan), every liveness property judged on each run and every safety property
 * on the run's states (timed-safety.ts: not all of them are stable, so the final state is not
 * enough). A violation is cut to its shortest violating prefix in time — for safety, the inputs up
 * to the first violating state — and saved as a timed trace.
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
  const totals = { runs: 0, events: 0, deliveries: 0, timeoutsFired: 0, simulatedMs: 0 };
  // Only the latencies are kept across runs, not each run's observations.
  const latenciesMs: number[] = [];
  const actionCoverage = new ActionCoverage('sim');
  // Which windows the liveness bounds could judge (premises: properties/liveness/premises.ts).
  const windows = new LivenessWindowsTally();
  let messagesLost = 0;
  // Byzantine messages that reached a correct node (their receipts are inputs), and who they were.
  let byzantineEvents = 0;
  let byzantine: ReturnType<typeof byzantineStakeShares> | null = null;
  let warnings: string[] | null = null;
  let safetyStrideUsed: number | null = null;
  for (let run = 0; run < req.runs && !ctx.shouldStop(); run++) {
    await pause();
    const one = simulateRun(req, run, (name) => violations.has(name));
    const obs = one.result.observations;
    totals.runs++;
    totals.events += one.result.events;
    totals.deliveries += obs.deliveries;
    totals.timeoutsFired += obs.timeoutsFired;
    totals.simulatedMs += obs.endMs;
    for (const ms of finalizationLatencies(obs)) latenciesMs.push(ms);
    windows.add(livenessWindows({ cfg: one.cfg, timing: one.timing, obs }));
    req.tally?.add({ cfg: one.cfg, timing: one.timing, obs, label: one.label });
    messagesLost += one.result.lost.length;
    byzantineEvents += byzantineReceipts(one.cfg, one.result);
    byzantine ??= byzantineStakeShares(one.cfg.stakes, one.cfg.byzantine);
    safetyStrideUsed ??= one.safety.stride;
    for (const { input } of one.result.inputs) actionCoverage.applied(input);
    // Premises do not depend on the run's leader rotation or faults: the first run's timing says.
    warnings ??= livenessAssumptionWarnings(one.cfg, one.timing);
    for (const [property, prefix] of judge(req, one, violations)) {
      const trace = ctx.saveTrace(property, traceOfRun(req, one, run, property, prefix));
      violations.set(property, {
        counterexample: { message: prefix.message, length: prefix.inputs.length, trace },
        discovery: { states: totals.events, ms: performance.now() - started },
      });
      ctx.log(`discovered ${property} in simulated run ${run}: ${prefix.message}`);
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
  return {
    properties,
    statesExplored: totals.events,
    uniqueStates: null,
    transitions: null,
    stateSpaceCoverage: null,
    byzantineEvents,
    networkEvents: totals.deliveries,
    runs: totals.runs,
    interrupted: totals.runs < req.runs,
    actionCoverage: { sim: actionCoverage },
    extra: {
      simulation: {
        ...simulationSummary(totals, wallMs, summarizeLatencies(latenciesMs)),
        assumption_warnings: warnings ?? [],
        messages_lost: messagesLost,
        byzantine: {
          strategy: req.config.byzantine_strategy,
          ...(byzantine ?? byzantineStakeShares([], [])),
        },
        // 1: safety was checked on every state of every run; k: on every k-th and the last.
        safety_checked_every_states: safetyStrideUsed,
        liveness_windows: windows.summary(),
        ...(req.tally ? { [req.tally.key]: req.tally.summary() } : {}),
      },
    },
  };
}

/** Inputs that delivered a Byzantine validator's vote or block (or its proposals: byzPropose). */
function byzantineReceipts(cfg: ModelConfig, result: TimedRunResult): number {
  let n = 0;
  for (const { input } of result.inputs) {
    if (input.type === 'byzPropose') n++;
    else if (input.type === 'receive') {
      const msg = input.msg;
      const from =
        msg.type === 'vote'
          ? msg.vote.voter
          : msg.type === 'block'
            ? result.state.blocks[msg.block]?.proposer
            : -1;
      if (from !== undefined && cfg.roles[from] === 'byzantine') n++;
    }
  }
  return n;
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
  /** Safety on the run's states (timed-safety.ts), finished on its last one. */
  readonly safety: TimedSafety;
}

/** One seeded run: its leader rotation and fault plan drawn from `seed/sim-<run>`, then simulated. */
function simulateRun(req: SimRequest, run: number, known: (property: string) => boolean): OneRun {
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
  const safety = new TimedSafety(cfg, req.safety, safetyStride(cfg), known);
  const result = simulate({
    cfg,
    params,
    plan,
    loss,
    horizonMs,
    rng: rng.fork('sim'),
    maxEvents: MAX_EVENTS_PER_RUN,
    shouldStop: ctx.shouldStop,
    onStep: (state, step, changed) => safety.onStep(state, step, changed),
  });
  safety.finish(result.state, result.inputs.length);
  const timing = livenessTiming(cfg, params, plan, horizonMs, loss);
  return {
    config,
    label: variation?.label ?? 'configured',
    cfg,
    leaderOffset,
    params,
    plan,
    timing,
    result,
    safety,
  };
}

/** A violating stretch of a run: the timed inputs before `endMs`, and what the property said. */
interface ViolatingPrefix {
  readonly inputs: readonly TimedInput[];
  readonly endMs: number;
  readonly message: string;
}

/**
 * Properties this run violates for the first time, each cut to its shortest violating prefix
 * (safety: the whole run, since it is judged on the final state).
 */
function judge(
  req: SimRequest,
  one: OneRun,
  known: ReadonlyMap<string, Violation>,
): [string, ViolatingPrefix][] {
  const { cfg, timing, result } = one;
  const obs = result.observations;
  const prefixes: [string, ViolatingPrefix][] = [];
  for (const p of req.liveness) {
    if (known.has(p.name) || p.check({ cfg, timing, obs }) === null) continue;
    const cut = shortestViolatingPrefix(cfg, timing, result.inputs, obs.endMs, p);
    if (cut) prefixes.push([p.name, cut]);
  }
  // Safety: the inputs up to the first state that violates it (TimedSafety checked them).
  for (const [name, { step, message }] of one.safety.violations()) {
    if (known.has(name)) continue;
    const inputs = result.inputs.slice(0, step + 1);
    prefixes.push([name, { inputs, endMs: inputs.at(-1)?.atMs ?? 0, message }]);
  }
  return prefixes;
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

function simulationSummary(
  totals: { runs: number; events: number; deliveries: number; timeoutsFired: number; simulatedMs: number },
  wallMs: number,
  latency: LatencySummary,
) {
  return {
    runs: totals.runs,
    events: totals.events,
    simulated_ms: totals.simulatedMs,
    wall_ms: Math.round(wallMs),
    simulated_to_wall_ratio: wallMs > 0 ? Math.round((totals.simulatedMs / wallMs) * 10) / 10 : null,
    events_per_second: wallMs > 0 ? Math.round((totals.events / wallMs) * 1000) : null,
    timeouts_fired: totals.timeoutsFired,
    finalization_latency_ms: latency,
  };
}
