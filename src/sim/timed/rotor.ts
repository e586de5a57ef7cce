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

/**
 * Rotor dissemination timing (reference §5, white paper §2.2): the block is erasure coded into Γ
 * shreds, any γ of which rebuild it; shred i goes to relay i (PS-P sampling by stake), and each
 * relay that forwards sends its shred to every validator. A recipient has the block when its γ-th
 * shred arrives; with fewer than γ shreds (withheld or lost in the network) it never does. Returns the arrival time per recipient
 * (undefined: not received).
 */
export function rotorArrivals(
  params: TimedParams,
  network: NetworkTiming,
  input: RotorInput,
  rng: Rng,
): Map<number, number | undefined> {
  const arrivals = new Map<number, number | undefined>();
  for (const [v, times] of rotorShredTimes(params, network, input, rng))
    arrivals.set(v, completeAtMs(params, times));
  return arrivals;
}

/** When a recipient whose shreds arrive at `sortedTimes` can rebuild the block (its γ-th shred). */
export function completeAtMs(params: TimedParams, sortedTimes: readonly number[]): number | undefined {
  return sortedTimes.length >= params.shredsNeeded ? sortedTimes[params.shredsNeeded - 1] : undefined;
}

/**
 * Every shred's arrival time per recipient, ascending: the γ-th completes the block, the first is
 * agave's FirstShred (rule crashedLeaderTimer). Draws the relays from `rng` as rotorArrivals does.
 */
export function rotorShredTimes(
  params: TimedParams,
  network: NetworkTiming,
  input: RotorInput,
  rng: Rng,
): Map<number, number[]> {
  const relays = sampleRelays(input.stakes, params.shreds, rng);
  const bytes = shredBytes(params);
  const perShredMs = transmitMs(params, bytes);
  const shredTimes = new Map<number, number[]>(input.recipients.map((v) => [v, []]));
  // A relay forwards each shred it holds to every recipient, one message after another.
  const relayBusyUntil = new Map<number, number>();
  for (const relay of relays) {
    const atRelay = network.send(input.leader, relay, input.nowMs, bytes);
    // A relay whose shred was lost on the first hop has nothing to forward.
    if (atRelay === undefined || !input.forwards(relay)) continue;
    shredTimes.get(relay)?.push(atRelay);
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
