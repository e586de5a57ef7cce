import type { Rng } from '../../core/rng.ts';
import type { TimedParams } from './params.ts';

/** A partition: from `fromMs` to `toMs`, validators in `side` hear nobody outside it (and vice versa). */
export interface Partition {
  readonly fromMs: number;
  readonly toMs: number;
  readonly side: readonly number[];
}

/** A stretch before GST in which every message is delayed by up to `extraMs` more. */
export interface DelaySpike {
  readonly fromMs: number;
  readonly toMs: number;
  readonly extraMs: number;
}

/**
 * Faults of one timed run, drawn from the seed (TigerBeetle VOPR style) and stored in the trace,
 * so a run replays exactly. Offline validators are crashed from the start (they have no protocol
 * state in the model); partitions form and heal; delay spikes happen before GST.
 */
export interface FaultPlan {
  readonly partitions: readonly Partition[];
  readonly spikes: readonly DelaySpike[];
}

export const NO_FAULTS: FaultPlan = { partitions: [], spikes: [] };

export interface FaultPlanOptions {
  readonly validators: number;
  readonly partitions: boolean;
  /**
   * How long the run is expected to be busy without faults (about max_rounds · Δ_block after
   * GST). Partitions start in its first half: drawn over the whole horizon, most of them began
   * after the last block was finalized and tested no recovery at all.
   */
  readonly activeMs: number;
}

export function drawFaultPlan(params: TimedParams, options: FaultPlanOptions, rng: Rng): FaultPlan {
  const partitions: Partition[] = [];
  if (options.partitions && options.validators > 1) {
    const count = 1 + rng.int(2);
    for (let i = 0; i < count; i++) {
      const fromMs = rng.int(Math.max(1, Math.floor(options.activeMs / 2)));
      const lengthMs = params.timeoutMs + rng.int(4 * params.blockTimeMs * 4 + 1);
      const side = Array.from({ length: options.validators }, (_, v) => v).filter(() => rng.chance(0.5));
      if (side.length > 0 && side.length < options.validators)
        partitions.push({ fromMs, toMs: fromMs + lengthMs, side });
    }
  }
  const spikes: DelaySpike[] = [];
  for (let t = 0; t < params.gstMs; t += 1 + rng.int(params.gstMs)) {
    const lengthMs = 1 + rng.int(Math.max(1, params.gstMs - t));
    spikes.push({
      fromMs: t,
      toMs: Math.min(params.gstMs, t + lengthMs),
      extraMs: rng.int(params.gstMs - t + 1),
    });
  }
  return { partitions, spikes };
}

/** The time a message sent at `sentAtMs` from a to b may leave, given partitions (eventual delivery). */
export function departureMs(plan: FaultPlan, a: number, b: number, sentAtMs: number): number {
  let at = sentAtMs;
  // A message waits out every partition that separates a and b when it would leave.
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of plan.partitions) {
      if (at >= p.fromMs && at < p.toMs && p.side.includes(a) !== p.side.includes(b)) {
        at = p.toMs;
        changed = true;
      }
    }
  }
  return at;
}

/** Whether a partition separates a and b at `atMs` (partition_mode "drop" loses such a message). */
export function separatedAt(plan: FaultPlan, a: number, b: number, atMs: number): boolean {
  return plan.partitions.some(
    (p) => atMs >= p.fromMs && atMs < p.toMs && p.side.includes(a) !== p.side.includes(b),
  );
}

/** Extra pre-GST delay for a message leaving at `atMs` (bounded so it still arrives by GST + Δ). */
export function spikeExtraMs(plan: FaultPlan, gstMs: number, atMs: number): number {
  let extra = 0;
  for (const s of plan.spikes) if (atMs >= s.fromMs && atMs < s.toMs) extra = Math.max(extra, s.extraMs);
  return Math.min(extra, Math.max(0, gstMs - atMs));
}
