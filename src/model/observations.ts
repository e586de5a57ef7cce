import type { BlockId, NodeId, Slot } from '../core/ids.ts';
import type { CertKind } from './messages.ts';

/**
 * What happened in a timed run, when, as the liveness and latency properties need it (reference
 * §7 items 11–14). Plain data: the timed simulator records it, `replay` rebuilds it from a trace.
 * Times are integer milliseconds of the simulation clock.
 */
export interface TimedObservations {
  readonly proposals: { node: NodeId; slot: Slot; block: BlockId; parent: BlockId; atMs: number }[];
  readonly blockArrivals: { node: NodeId; block: BlockId; atMs: number }[];
  /** Every ParentReady event (the first per node and window is the one that sets timers). */
  readonly parentReady: { node: NodeId; slot: Slot; block: BlockId; atMs: number }[];
  readonly certs: { node: NodeId; kind: CertKind; slot: Slot; block: BlockId; atMs: number }[];
  /** Direct finalizations (ancestors are implied), the first time each node finalized each block. */
  readonly finalized: { node: NodeId; slot: Slot; block: BlockId; atMs: number; path: 'fast' | 'slow' }[];
  timeoutsFired: number;
  deliveries: number;
  /** The simulated time the run ended at. */
  endMs: number;
}

export function emptyObservations(): TimedObservations {
  return {
    proposals: [],
    blockArrivals: [],
    parentReady: [],
    certs: [],
    finalized: [],
    timeoutsFired: 0,
    deliveries: 0,
    endMs: 0,
  };
}

/**
 * Time bounds the liveness properties judge a run by, derived from the simulator's parameters.
 * `stableFromMs` is GST, or the end of the last partition when later: before it delays are
 * unbounded and nothing is promised.
 */
export interface LivenessTiming {
  readonly stableFromMs: number;
  /** Δ: bound on a vote or certificate's delay between correct validators (uplink queueing included). */
  readonly deltaMs: number;
  /** Bound on Rotor: from production until every correct validator holds the block (Lemma 8: 2δ + transmission). */
  readonly rotorMs: number;
  readonly blockTimeMs: number;
  readonly timeoutMs: number;
  readonly horizonMs: number;
  /**
   * Eventual delivery holds for what is sent before this time (issue 12: message_loss, dropping
   * partitions); absent or Infinity: for every message. Deadlines after it are not judged.
   */
  readonly deliveredUntilMs?: number;
}

/**
 * Bound on one window's span after ParentReady: its timeouts, plus the certificates' round trips.
 * The liveness properties judge by it and the simulator's horizon is built from it.
 */
export function windowSpanMs(timing: LivenessTiming, windowSize: number): number {
  return timing.timeoutMs + windowSize * timing.blockTimeMs + timing.rotorMs + 4 * timing.deltaMs;
}
