import type { BlockId, Slot } from '../../core/ids.ts';
import type { Vote, VoteKind } from '../messages.ts';
import { receiveVote } from '../pool/receive.ts';
import { type NodeCtx, sendToOthers } from './context.ts';

/**
 * "send" in Algorithm 1: broadcast to every validator, the sender included — the own vote goes
 * straight into the own pool (P16) and may complete certificates at once. The ghost log records
 * the vote for the properties (what correct nodes cast, independent of any pool).
 */
export function castVote(ctx: NodeCtx, kind: VoteKind, slot: Slot, block: BlockId = -1): void {
  const vote: Vote = { kind, slot, block, voter: ctx.node };
  ctx.draft.recordCast(vote);
  sendToOthers(ctx, { type: 'vote', vote });
  receiveVote(ctx, vote);
}
