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
  readonly finalized: {
    node: NodeId;
    slot: Slot;
    block: BlockId;
    atMs: number;
    path: 'fast' | 'slow';
    /** The input that did it (0: the initial state): orders events of the same millisecond. */
    step?: number;
  }[];
  /**
   * Standstills (paper §3.3): each time a node's Δstandstill passed without a new finalization.
   * `finalizedSlot` is its highest finalized slot then; `fromSlot` the slot its timeout growth
   * counts windows from (its highest ParentReady when this standstill began, agave's
   * `standstill_slot`), the same for every repeat until a finalization ends the standstill.
   */
  readonly standstills: { node: NodeId; atMs: number; step: number; finalizedSlot: Slot; fromSlot: Slot }[];
  /**
   * Every window's timers as set (Def. 17, at the first ParentReady): the leader windows of growth
   * they got (0 outside a standstill or with adaptive_timeouts off) and the grown Δtimeout and
   * Δblock they were set with.
   */
  readonly timerSettings: {
    node: NodeId;
    slot: Slot;
    atMs: number;
    step: number;
    windows: number;
    timeoutMs: number;
    blockMs: number;
  }[];
  /** Skip votes correct nodes cast (not re-broadcasts of them), when: NoSpuriousSkip judges them. */
  readonly skipVotes: { node: NodeId; slot: Slot; atMs: number }[];
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
    standstills: [],
    timerSettings: [],
    skipVotes: [],
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
  /** Δstandstill: time without a new finalization before a node re-broadcasts and timeouts grow. */
  readonly standstillMs: number;
  /** Whether timers grow during a standstill (`adaptive_timeouts`). */
  readonly timeoutGrowth: boolean;
  readonly horizonMs: number;
  /**
   * Eventual delivery holds for what is sent before this time (issue 12: message_loss, dropping
   * partitions); absent or Infinity: for every message. Deadlines after it are not judged.
   */
  readonly deliveredUntilMs?: number;
  /** When the run's last partition healed (null: no partition): StandstillRecovers counts from it. */
  readonly lastHealMs?: number | null;
  /** `message_loss` in parts per million: above 0 no deadline is promised, not even a recovery's. */
  readonly lossPpm?: number;
}

/**
 * Bound on one window's span after ParentReady: its timeouts, plus the certificates' round trips.
 * The liveness properties judge by it and the simulator's horizon is built from it.
 */
export function windowSpanMs(timing: LivenessTiming, windowSize: number): number {
  return timing.timeoutMs + windowSize * timing.blockTimeMs + timing.rotorMs + 4 * timing.deltaMs;
}
