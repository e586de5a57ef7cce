import type { Rng } from '../../core/rng.ts';
import type { NetworkTiming } from './network.ts';
import { shredBytes, type TimedParams, transmitMs } from './params.ts';
import { sampleRelays } from './relay-sampling.ts';

export interface RotorInput {
  readonly leader: number;
  readonly nowMs: number;
  readonly stakes: readonly bigint[];
  /** Validators that forward what they get: correct and online. Others withhold (reference §5). */
  readonly forwards: (validator: number) => boolean;
  /** Who should end up with the block (correct, online, not the leader). */
  readonly recipients: readonly number[];
}

/** What Rotor tells about one recipient: its first shred, and when it can rebuild the block. */
export interface RotorDelivery {
  readonly firstMs: number | undefined;
  /** When every slice has γ shreds (undefined: some slice never does: withheld or lost). */
  readonly completeMs: number | undefined;
}

/**
 * Rotor dissemination timing (reference §5, white paper §2.2): each slice of the block is erasure
 * coded into Γ shreds, any γ of which rebuild it; shred i of a slice goes to relay i (PS-P sampling
 * by stake, anew per slice), and each relay that forwards sends its shred to every validator. A
 * recipient has the block when every slice has its γ-th shred; with fewer (withheld or lost in
 * the network) it never does. Slices leave the leader one after another (its uplink), and each
 * relay forwards what it holds one message after another (its own uplink).
 */
export function rotorArrivals(
  params: TimedParams,
  network: NetworkTiming,
  input: RotorInput,
  rng: Rng,
): Map<number, number | undefined> {
  const arrivals = new Map<number, number | undefined>();
  for (const [v, d] of rotorDeliveries(params, network, input, rng)) arrivals.set(v, d.completeMs);
  return arrivals;
}

/** First shred and completion per recipient. Draws the relays from `rng`, one slice after another. */
export function rotorDeliveries(
  params: TimedParams,
  network: NetworkTiming,
  input: RotorInput,
  rng: Rng,
): Map<number, RotorDelivery> {
  const bytes = shredBytes(params);
  const first = new Map<number, number>();
  const complete = new Map<number, number | undefined>(input.recipients.map((v) => [v, -Infinity]));
  const relayBusyUntil = new Map<number, number>();
  for (let slice = 0; slice < (params.blockSlices ?? 1); slice++) {
    const times = sliceShredTimes(params, network, input, rng, bytes, relayBusyUntil);
    for (const [v, sorted] of times) {
      if (sorted[0] !== undefined && !((first.get(v) ?? Infinity) <= sorted[0])) first.set(v, sorted[0]);
      const done = sorted.length >= params.shredsNeeded ? sorted[params.shredsNeeded - 1] : undefined;
      const sofar = complete.get(v);
      complete.set(v, done === undefined || sofar === undefined ? undefined : Math.max(sofar, done));
    }
  }
  const out = new Map<number, RotorDelivery>();
  for (const v of input.recipients) out.set(v, { firstMs: first.get(v), completeMs: complete.get(v) });
  return out;
}

/** One slice: every shred's arrival time per recipient, ascending. */
function sliceShredTimes(
  params: TimedParams,
  network: NetworkTiming,
  input: RotorInput,
  rng: Rng,
  bytes: number,
  relayBusyUntil: Map<number, number>,
): Map<number, number[]> {
  const relays = sampleRelays(input.stakes, params.shreds, rng);
  const shredTimes = new Map<number, number[]>(input.recipients.map((v) => [v, []]));
  // A relay forwards each shred it holds to every recipient, one message after another.
  for (const relay of relays) {
    const atRelay = network.send(input.leader, relay, input.nowMs, bytes);
    // A relay whose shred was lost on the first hop has nothing to forward.
    if (atRelay === undefined || !input.forwards(relay)) continue;
    shredTimes.get(relay)?.push(atRelay);
    const perShredMs = transmitMs(params, bytes, relay);
    let left = Math.max(atRelay, relayBusyUntil.get(relay) ?? 0);
    for (const v of input.recipients) {
      if (v === relay) continue;
      left += perShredMs;
      const at = network.travel(relay, v, left);
      if (at !== undefined) shredTimes.get(v)?.push(at);
    }
    relayBusyUntil.set(relay, left);
  }
  for (const times of shredTimes.values()) times.sort((a, b) => a - b);
  return shredTimes;
}
