import {
  finalizationLatencies,
  type LatencySummary,
  summarizeLatencies,
} from '../../properties/liveness/latency.ts';
import { LivenessWindowsTally, livenessWindows } from '../../properties/liveness/liveness-windows.ts';
import { byzantineStakeShares } from '../../src/core/config/byzantine-by-stake.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import type { LivenessTiming } from '../../src/model/observations.ts';
import { ActionCoverage } from '../../src/sim/action-coverage.ts';
import type { TimedRunResult } from '../../src/sim/timed/simulator.ts';
import type { Mode } from '../types.ts';
import { livenessAssumptionWarnings } from './assumptions.ts';
import type { RunScale } from './sim-scale.ts';

/** What the timed driver's report needs of one run (sim.ts OneRun). */
export interface RunFigures {
  readonly cfg: ModelConfig;
  readonly timing: LivenessTiming;
  readonly result: TimedRunResult;
  readonly scale: RunScale;
  readonly safetyStride: number;
}

/**
 * The timed driver's figures over its runs: counts added, latencies kept (not each run's
 * observations). A run at scale kept no inputs, so its inputs are not in the action coverage nor
 * in byzantine_events; the report's `at_scale` says so.
 */
export class SimTotals {
  runs = 0;
  events = 0;
  deliveries = 0;
  private timeoutsFired = 0;
  private simulatedMs = 0;
  private readonly latenciesMs: number[] = [];
  private readonly actionCoverage = new ActionCoverage('sim');
  /** Which windows the liveness bounds could judge (premises: properties/liveness/premises.ts). */
  readonly windows = new LivenessWindowsTally();
  private messagesLost = 0;
  /** Byzantine messages that reached a correct node (their receipts are inputs). */
  byzantineEvents = 0;
  private byzantine: ReturnType<typeof byzantineStakeShares> | null = null;
  private warnings: string[] | null = null;
  private safetyStrideUsed: number | null = null;
  private atScaleRuns = 0;
  private expectedInputsAtScale = 0;
  private boundInputs = 0;
  private runsAtEventBound = 0;
  /** Whether a stop (signal, --timeout) cut a run short: it is counted, but the driver was interrupted. */
  cutByStop = false;

  add(one: RunFigures): void {
    const { result, cfg } = one;
    const obs = result.observations;
    this.runs++;
    this.events += result.events;
    this.deliveries += obs.deliveries;
    this.timeoutsFired += obs.timeoutsFired;
    this.simulatedMs += obs.endMs;
    for (const ms of finalizationLatencies(obs)) this.latenciesMs.push(ms);
    this.windows.add(livenessWindows({ cfg, timing: one.timing, obs }));
    this.messagesLost += result.lost.length;
    this.byzantineEvents += byzantineReceipts(cfg, result);
    this.byzantine ??= byzantineStakeShares(cfg.stakes, cfg.byzantine);
    this.safetyStrideUsed ??= one.safetyStride;
    for (const { input } of result.inputs) this.actionCoverage.applied(input);
    // Premises do not depend on the run's leader rotation or faults: the first run's timing says.
    this.warnings ??= livenessAssumptionWarnings(cfg, one.timing);
    if (result.events >= one.scale.maxEvents) this.runsAtEventBound++;
    else if (result.stoppedEarly) this.cutByStop = true;
    if (one.scale.atScale) {
      this.atScaleRuns++;
      this.expectedInputsAtScale = Math.max(this.expectedInputsAtScale, one.scale.expectedInputs);
      this.boundInputs = one.scale.boundInputs;
    }
  }

  /** Per-action coverage, unless every run was at scale (then no input was seen to count). */
  coverage(): Partial<Record<Mode, ActionCoverage>> {
    return this.runs > 0 && this.atScaleRuns === this.runs ? {} : { sim: this.actionCoverage };
  }

  /** extra.simulation. */
  summary(wallMs: number, byzantine: { strategy: string }): Record<string, unknown> {
    return {
      ...figures(this, wallMs, summarizeLatencies(this.latenciesMs)),
      assumption_warnings: this.warnings ?? [],
      messages_lost: this.messagesLost,
      byzantine: { ...byzantine, ...(this.byzantine ?? byzantineStakeShares([], [])) },
      // 1: safety was checked on every state of every run; k: on every k-th and the last.
      safety_checked_every_states: this.safetyStrideUsed,
      // Runs the event bound (sim-scale.ts) cut short: their liveness was judged up to the cut.
      runs_stopped_at_event_bound: this.runsAtEventBound,
      liveness_windows: this.windows.summary(),
      ...(this.atScaleRuns > 0 ? { at_scale: this.atScaleSummary() } : {}),
    };
  }

  private atScaleSummary(): Record<string, unknown> {
    return {
      runs: this.atScaleRuns,
      expected_inputs_per_run: this.expectedInputsAtScale,
      bound_inputs: this.boundInputs,
      note:
        'runs expected to apply more timed inputs than bound_inputs (their trace would pass ~200 MB) are ' +
        'stepped in place without keeping their inputs: a violation found in one is reported without a ' +
        'counterexample trace (not replayable at this scale; rerunning with the same seed reproduces the run), ' +
        'liveness is judged on the whole run, safety on every safety_checked_every_states-th state and the ' +
        'last; their inputs are not in action_coverage nor in byzantine_events',
    };
  }

  get simulated(): { timeoutsFired: number; simulatedMs: number } {
    return { timeoutsFired: this.timeoutsFired, simulatedMs: this.simulatedMs };
  }
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

function figures(t: SimTotals, wallMs: number, latency: LatencySummary) {
  const { timeoutsFired, simulatedMs } = t.simulated;
  return {
    runs: t.runs,
    events: t.events,
    simulated_ms: simulatedMs,
    wall_ms: Math.round(wallMs),
    simulated_to_wall_ratio: wallMs > 0 ? Math.round((simulatedMs / wallMs) * 10) / 10 : null,
    events_per_second: wallMs > 0 ? Math.round((t.events / wallMs) * 1000) : null,
    timeouts_fired: timeoutsFired,
    finalization_latency_ms: latency,
  };
}
