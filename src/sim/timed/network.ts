import { assert } from '../../core/assert.ts';
import type { Rng } from '../../core/rng.ts';
import { departureMs, type FaultPlan, separatedAt, spikeExtraMs } from './fault-plan.ts';
import { cachedBaseMatrix, jitteredMs } from './geo-latency.ts';
import { type LossSource, type LostMessage, PPM } from './loss.ts';
import { type TimedParams, transmitMs } from './params.ts';

/**
 * Message timing between validators: a fixed one-way delay per link (δ, a per-link spread drawn
 * once from the seed, and any extra delay of slow validators at either end), the sender's uplink
 * bandwidth (messages leave one after another), partitions (messages wait in the network until
 * they heal) and pre-GST delay spikes. Without a loss source every message between correct
 * validators is eventually delivered; with one (loss.ts) a message may be lost in the network
 * (arrival undefined) after it used the sender's uplink. Uplink time is kept in fractions of a
 * millisecond; arrival times are whole ms.
 */
export class NetworkTiming {
  /** One-way delay of every link, row `from`, column `to` (flat n×n: 1.67M links at 1,292 validators). */
  private readonly linkMs: Float64Array;
  private readonly validators: number;
  private readonly uplinkFreeAtMs: number[];
  /** Every message the network lost, in the order it was sent (the run reports them). */
  readonly lostMessages: LostMessage[] = [];

  constructor(
    private readonly params: TimedParams,
    private readonly plan: FaultPlan,
    validators: number,
    rng: Rng,
    private readonly loss: LossSource | null = null,
  ) {
    this.validators = validators;
    this.linkMs = linkDelaysMs(params, validators, rng);
    this.uplinkFreeAtMs = new Array<number>(validators).fill(0);
  }

  /** The fixed one-way delay of the link (no uplink queue, partition or spike): the direct path. */
  linkDelayMs(from: number, to: number): number {
    return from === to ? 0 : (this.linkMs[from * this.validators + to] as number);
  }

  /** Arrival time at `to` of a message of `bytes` that `from` sends now, after its uplink's queue (undefined: lost). */
  send(
    from: number,
    to: number,
    nowMs: number,
    bytes: number,
    kind: LostMessage['kind'] = 'shred',
  ): number | undefined {
    if (from === to) return nowMs;
    const start = Math.max(nowMs, this.uplinkFreeAtMs[from] as number);
    const done = start + transmitMs(this.params, bytes, from);
    this.uplinkFreeAtMs[from] = done;
    return this.travel(from, to, done, kind);
  }

  /**
   * Arrival time of a message that has left `from`'s uplink at `leftMs`. For sends computed ahead
   * of time (Rotor relays forwarding later), whose uplink time the caller accounts for itself:
   * reserving the shared uplink in the future would hold back messages sent before then.
   */
  travel(from: number, to: number, leftMs: number, kind: LostMessage['kind'] = 'shred'): number | undefined {
    if (from === to) return Math.ceil(leftMs);
    if (this.lost(from, to, leftMs)) {
      this.lostMessages.push({ atMs: Math.floor(leftMs), from, to, kind });
      return undefined;
    }
    // A partition holds the message in the network (not in the sender's uplink) until it heals.
    const leaves = departureMs(this.plan, from, to, leftMs);
    return Math.ceil(
      leaves +
        (this.linkMs[from * this.validators + to] as number) +
        spikeExtraMs(this.plan, this.params.gstMs, leaves),
    );
  }

  /**
   * Whether the network loses this message: across a dropping partition, or by a draw from the
   * loss stream. Nothing is drawn when message_loss is 0, so such a run draws exactly as before.
   */
  private lost(from: number, to: number, leftMs: number): boolean {
    if (this.loss === null) return false;
    const { model, rng } = this.loss;
    if (model.partitionMode === 'drop' && separatedAt(this.plan, from, to, leftMs)) return true;
    return model.lossPpm > 0 && rng.int(PPM) < model.lossPpm;
  }
}

/**
 * Every link's one-way delay, drawn once per run from the 'links' stream in the same order under
 * both models (row by row, one draw per link a ≠ b). Uniform: δ + an integer spread in [0, jitter]
 * (the draws and values as before this was a flat array). Geographic: the location-derived base
 * (geo-latency.ts) with a fractional jitter. Slow validators add their extra at either end.
 */
function linkDelaysMs(params: TimedParams, n: number, rng: Rng): Float64Array {
  const slow = (v: number) => params.slowExtraMs[v] ?? 0;
  const geo = params.geoLocations;
  assert(geo === undefined || geo.length === n, 'one location per validator (validated with the config)');
  const base = geo === undefined ? null : cachedBaseMatrix(geo);
  const links = new Float64Array(n * n);
  const given = params.linkMatrixMs;
  if (given !== undefined) {
    assert(given.length === n * n, 'one delay per directed link');
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++)
        if (a !== b) links[a * n + b] = (given[a * n + b] as number) + slow(a) + slow(b);
    return links;
  }
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const ms =
        base === null
          ? params.delayMs + rng.int(params.jitterMs + 1)
          : jitteredMs(base[a * n + b] as number, rng.float());
      links[a * n + b] = ms + slow(a) + slow(b);
    }
  }
  return links;
}
