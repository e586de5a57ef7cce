import type { Rng } from '../../core/rng.ts';
import { departureMs, type FaultPlan, spikeExtraMs } from './fault-plan.ts';
import { type TimedParams, transmitMs } from './params.ts';

/**
 * Message timing between validators: a fixed one-way delay per link (δ plus a per-link spread
 * drawn once from the seed), the sender's uplink bandwidth (messages leave one after another),
 * partitions (messages wait until they heal) and pre-GST delay spikes. Crashed validators neither
 * send nor receive. Every message between correct validators is eventually delivered.
 */
export class NetworkTiming {
  private readonly linkMs: number[][];
  private readonly uplinkFreeAtMs: number[];

  constructor(
    private readonly params: TimedParams,
    private readonly plan: FaultPlan,
    validators: number,
    rng: Rng,
  ) {
    this.linkMs = Array.from({ length: validators }, (_, a) =>
      Array.from({ length: validators }, (_, b) =>
        a === b ? 0 : params.delayMs + rng.int(params.jitterMs + 1),
      ),
    );
    this.uplinkFreeAtMs = new Array<number>(validators).fill(0);
  }

  /** Arrival time at each recipient of one message of `bytes` sent by `from` at `nowMs`. */
  broadcast(from: number, recipients: readonly number[], nowMs: number, bytes: number): number[] {
    return recipients.map((to) => this.send(from, to, nowMs, bytes));
  }

  send(from: number, to: number, nowMs: number, bytes: number): number {
    if (from === to) return nowMs;
    const start = Math.max(nowMs, this.uplinkFreeAtMs[from] as number);
    const done = start + transmitMs(this.params, bytes);
    this.uplinkFreeAtMs[from] = done;
    // A partition holds the message in the network (not in the sender's uplink) until it heals.
    const leaves = departureMs(this.plan, from, to, done);
    return leaves + (this.linkMs[from]?.[to] as number) + spikeExtraMs(this.plan, this.params.gstMs, leaves);
  }

  link(from: number, to: number): number {
    return this.linkMs[from]?.[to] as number;
  }
}
