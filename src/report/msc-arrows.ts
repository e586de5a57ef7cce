import type { NodeId } from '../core/ids.ts';
import { describeMessage } from '../model/describe.ts';
import type { Envelope, Message } from '../model/messages.ts';
import type { State } from '../model/state.ts';
import type { SteppedTrace } from './trace-steps.ts';

/** What a chart colours an arrow by: the message type, and within it the vote or certificate kind. */
export type MessageType = 'block' | 'vote' | 'cert';

/** One delivery, drawn from its sender's lane at the step it was sent to its recipient's lane. */
export interface MscArrow {
  /** The step that delivered it (1-based). */
  readonly step: number;
  /** The step that sent it (0: it was in flight in the initial state). */
  readonly sentStep: number;
  /** null: the sender is unknown (a certificate in flight from the start, whose sender no state records). */
  readonly from: NodeId | null;
  readonly to: NodeId;
  readonly type: MessageType;
  /** `block`, or the vote or certificate kind (`notar`, `skipFallback`, `fastFinal`, …). */
  readonly kind: string;
  readonly label: string;
}

interface Send {
  readonly from: NodeId | null;
  readonly step: number;
}

/**
 * Every delivery of a trace as an arrow. Messages carry no sender, so it is found by matching:
 * each step's sends are queued per envelope (recipient and message), a delivery takes the oldest
 * copy queued for its envelope (the simulator delivers every copy, so two validators that send
 * the same certificate to the same recipient are two sends). A Byzantine hand-over is sent and
 * delivered in the same step. A delivery no send explains (in flight before step 1) is drawn from
 * the message's own author: the voter of a vote, the proposer of a block, no one for a certificate.
 */
export function deliveryArrows(trace: SteppedTrace): MscArrow[] {
  const queued = new Map<string, Send[]>();
  const queue = (envelopes: readonly Envelope[], from: (e: Envelope) => NodeId | null, step: number) => {
    for (const e of envelopes) {
      const sends = queued.get(e.key);
      if (sends) sends.push({ from: from(e), step });
      else queued.set(e.key, [{ from: from(e), step }]);
    }
  };
  queue(trace.initialSent, (e) => author(trace.initial, e.msg), 0);
  const arrows: MscArrow[] = [];
  for (const step of trace.steps) {
    const d = step.delivery;
    if (d !== null) {
      const send =
        d.byzantineFrom !== null
          ? { from: d.byzantineFrom, step: step.index }
          : (queued.get(d.key)?.shift() ?? { from: author(step.before, d.msg), step: 0 });
      arrows.push({
        step: step.index,
        sentStep: send.step,
        from: send.from,
        to: d.to,
        ...messageKind(d.msg),
        label: describeMessage(step.before, d.msg),
      });
    }
    queue(step.sent, () => step.actor, step.index);
  }
  return arrows;
}

export function messageKind(msg: Message): { type: MessageType; kind: string } {
  switch (msg.type) {
    case 'block':
      return { type: 'block', kind: 'block' };
    case 'vote':
      return { type: 'vote', kind: msg.vote.kind };
    case 'cert':
      return { type: 'cert', kind: msg.cert.kind };
  }
}

/** Who made a message, where the message says: a vote's voter, a block's proposer. */
function author(state: State, msg: Message): NodeId | null {
  if (msg.type === 'vote') return msg.vote.voter;
  if (msg.type === 'block') return state.blocks[msg.block]?.proposer ?? null;
  return null;
}
