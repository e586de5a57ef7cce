import type { ModelConfig } from '../../model/config.ts';
import { type LivenessTiming, windowSpanMs } from '../../model/observations.ts';
import type { FaultPlan } from './fault-plan.ts';
import { deliveredUntilMs, type NetworkLoss, NO_LOSS } from './loss.ts';
import { deltaBoundMs, shredBytes, type TimedParams, transmitMs } from './params.ts';

/**
 * The bounds liveness properties use, from the simulator's parameters: Δ covers one-way delay,
 * the per-link spread and the sender's uplink queue for a few broadcasts; Rotor covers two hops
 * (Lemma 8: 2δ) plus sending every shred of a slice through the leader's and a relay's uplink.
 */
export function livenessTiming(
  cfg: ModelConfig,
  params: TimedParams,
  plan: FaultPlan,
  horizonMs: number,
  loss: NetworkLoss = NO_LOSS,
): LivenessTiming {
  const n = cfg.validatorCount;
  const hop = deltaBoundMs(params);
  const lastPartitionEnd = Math.max(0, ...plan.partitions.map((p) => p.toMs));
  return {
    stableFromMs: Math.max(params.gstMs, lastPartitionEnd),
    deltaMs: hop + 4 * (n - 1) * transmitMs(params, params.certBytes),
    rotorMs: 2 * hop + params.shreds * transmitMs(params, shredBytes(params)) * n,
    blockTimeMs: params.blockTimeMs,
    timeoutMs: params.timeoutMs,
    standstillMs: params.standstillMs,
    timeoutGrowth: params.timeoutGrowth,
    horizonMs,
    deliveredUntilMs: deliveredUntilMs(loss, plan),
    lastHealMs: plan.partitions.length > 0 ? lastPartitionEnd : null,
    lossPpm: loss.lossPpm,
  };
}

/** A horizon long enough for every window to be decided: each window's span, plus GST and partitions. */
export function defaultHorizonMs(cfg: ModelConfig, params: TimedParams, plan: FaultPlan): number {
  const timing = livenessTiming(cfg, params, plan, 0);
  const windows = Math.ceil(cfg.maxSlot / cfg.windowSize);
  return timing.stableFromMs + (windows + 2) * windowSpanMs(timing, cfg.windowSize);
}
