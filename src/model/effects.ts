import type { BlockId, NodeId, Slot } from '../core/ids.ts';
import { type Cert, type Envelope, envelopeKey, type Message, type Vote } from './messages.ts';

/**
 * One message sent to every correct validator but its sender (sendToOthers). Kept whole, not as
 * one envelope per recipient: at mainnet scale a step's broadcast has a thousand recipients, and
 * the timed simulator times them itself without needing an envelope key for each.
 */
export interface Broadcast {
  readonly from: NodeId;
  /** Correct validators, ascending; `from` is skipped. */
  readonly recipients: readonly NodeId[];
  readonly msg: Message;
}

/** A send as a step made it: to one recipient, or to every other correct validator. */
export type Send = Envelope | Broadcast;

/**
 * What one transition did besides changing the state, for drivers that add time (the timed
 * simulator): messages sent, timers set, certificates stored, ParentReady and Block events. The
 * untimed drivers pass no recorder and pay nothing. With a recorder, sent messages are handed to
 * the driver instead of entering the state's in-flight set (the driver delivers them).
 */
export class StepEffects {
  /** Sends in the order the step made them. */
  readonly sends: Send[] = [];
  /**
   * Timers set by a node's first ParentReady for `slot`: a window start (Def. 17), or a later slot
   * of the window under rule parentReadyFromFinalization (its timers cover that slot on).
   */
  readonly timers: { node: NodeId; slot: Slot }[] = [];
  readonly certs: { node: NodeId; cert: Cert }[] = [];
  readonly parentReady: { node: NodeId; slot: Slot; block: BlockId }[] = [];
  readonly blocks: { node: NodeId; block: BlockId }[] = [];
  /** Votes the step's correct node cast (its ghost log's new entries), in casting order. */
  readonly cast: Vote[] = [];

  /** Every send as one envelope per recipient, in send order (traces, the sequence chart). */
  get sent(): Envelope[] {
    return this.sends.flatMap((s) => (isBroadcast(s) ? broadcastEnvelopes(s) : [s]));
  }
}

export function broadcastEnvelopes(b: Broadcast): Envelope[] {
  const envelopes: Envelope[] = [];
  for (const to of b.recipients) {
    if (to !== b.from) envelopes.push({ to, msg: b.msg, key: envelopeKey(to, b.msg) });
  }
  return envelopes;
}

export function isBroadcast(s: Send): s is Broadcast {
  return 'recipients' in s;
}
