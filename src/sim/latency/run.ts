import type { AlpenglowConfig } from '../../core/config/index.ts';
import type { NodeId } from '../../core/ids.ts';
import { rngFromSeed } from '../../core/rng.ts';
import { sumStake } from '../../core/stake.ts';
import { buildModelConfig, type ModelConfig } from '../../model/config.ts';
import type { State } from '../../model/state.ts';
import { NO_FAULTS } from '../timed/fault-plan.ts';
import { networkLoss } from '../timed/loss.ts';
import { type TimedParams, timedParams, withLinkMatrix } from '../timed/params.ts';
import { simulate } from '../timed/simulator.ts';
import { authorsParams } from './authors-setting.ts';
import { type LatencySample, latencySamples } from './breakdown.ts';
import { type PercentileRow, stakePercentiles } from './percentiles.ts';

/** Who leads: Solana's stake-weighted schedule (the config's epoch), or the given ranks, window by window in turn. */
export type LeaderChoice =
  | { readonly kind: 'random' }
  | { readonly kind: 'fixed'; readonly ranks: readonly NodeId[] };

export interface LatencyRequest {
  /** The validator set and the timing it runs with (latency_model, bandwidth, thresholds). */
  readonly config: AlpenglowConfig;
  readonly leader: LeaderChoice;
  readonly slots: number;
  readonly seed: string;
  /** Rotor as the authors' simulation sets it (authors-setting.ts), or as the config says. */
  readonly rotor: 'authors' | 'config';
  /** Measured one-way delays (n×n ms, ping-matrix.ts) in place of the config's latency model. */
  readonly linkMatrixMs?: Float64Array;
  /** Stop flag, looked at every 64 events (Ctrl-C, --timeout). */
  readonly shouldStop?: () => boolean;
  /** Per-state checks (the simulator's onStep: one state object, changed in place). */
  readonly onStep?: (state: State, step: number, changed: boolean) => void;
}

export interface LatencyResult {
  readonly cfg: ModelConfig;
  readonly samples: readonly LatencySample[];
  readonly rows: readonly PercentileRow[];
  readonly params: TimedParams;
  /** Slots in which every correct validator finalized (those the rows average over). */
  readonly slotsCounted: number;
  readonly events: number;
  /** The run's last state (safety is judged on it). */
  readonly state: State;
  /** Inputs the run applied (the step count of its last state). */
  readonly steps: number;
  readonly stoppedEarly: boolean;
  /** Slots whose leader was each validator (rank → count), for the report. */
  readonly leaders: Readonly<Record<string, number>>;
}

export const PERCENTILES: readonly number[] = Array.from({ length: 100 }, (_, i) => i + 1);

/** The model config of a latency run: the config's, cut at `slots`, with the leaders it names. */
export function latencyModelConfig(
  config: AlpenglowConfig,
  leader: LeaderChoice,
  slots: number,
): ModelConfig {
  const base = buildModelConfig({ ...config, max_rounds: slots });
  return leader.kind === 'fixed' ? { ...base, windowLeaders: leader.ranks, leaderScheduleEpoch: null } : base;
}

/**
 * The happy path (or the config's faults) at the config's scale, for the latency figure: one
 * timed run stepped in place, without a trace (millions of deliveries at mainnet scale), every
 * vote, certificate and shred delivered by the same handlers as every other run.
 */
export function runLatency(req: LatencyRequest): LatencyResult {
  const cfg = latencyModelConfig(req.config, req.leader, req.slots);
  const modelled = timedParams(req.config);
  const configured = req.linkMatrixMs
    ? withLinkMatrix(modelled, req.linkMatrixMs, cfg.validatorCount)
    : modelled;
  const params =
    req.rotor === 'authors'
      ? { ...configured, ...authorsParams(cfg.stakes, configured.shredsNeeded) }
      : configured;
  const blockTimeMs = params.blockTimeMs;
  // Every slot's block is sent by its end; finalization follows within a few Δ (seconds of slack).
  const horizonMs = (req.slots + 1) * blockTimeMs + 10 * params.timeoutMs + 10_000;
  const run = simulate({
    cfg,
    params,
    plan: NO_FAULTS,
    loss: networkLoss(req.config),
    horizonMs,
    rng: rngFromSeed(req.seed),
    maxEvents: Number.MAX_SAFE_INTEGER,
    inPlace: true,
    keepInputs: false,
    ...(req.shouldStop ? { shouldStop: req.shouldStop } : {}),
    ...(req.onStep ? { onStep: req.onStep } : {}),
  });
  const samples = latencySamples({
    cfg,
    obs: run.observations,
    blocks: run.state.blocks,
    linkDelayMs: run.linkDelayMs,
  });
  const stakeOf = (v: number) => cfg.stakes[v] as bigint;
  const correctStake = sumStake(cfg.stakes, cfg.honest);
  const { rows, slots } = stakePercentiles(samples, stakeOf, correctStake, PERCENTILES);
  const leaders: Record<string, number> = {};
  for (const p of run.observations.proposals) leaders[String(p.node)] = (leaders[String(p.node)] ?? 0) + 1;
  return {
    cfg,
    samples,
    rows,
    params,
    slotsCounted: slots,
    events: run.events,
    state: run.state,
    steps: run.steps,
    stoppedEarly: run.stoppedEarly,
    leaders,
  };
}
