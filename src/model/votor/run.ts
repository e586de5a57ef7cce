import { assert } from '../../core/assert.ts';
import type { BlockId, NodeId } from '../../core/ids.ts';
import { NO_BLOCK } from '../../core/ids.ts';
import { LIMITS } from '../../core/limits.ts';
import type { Draft } from '../draft.ts';
import type { Message } from '../messages.ts';
import { receiveCert, receiveVote } from '../pool/receive.ts';
import { createNodeCtx, type NodeCtx } from './context.ts';
import { handleEvent } from './handlers.ts';
import { isNewVersion } from './versions.ts';

/**
 * Runs one input at one correct node atomically: the input, then every event it raises, in FIFO
 * order, until the queue is empty (notes §9). The bound turns a runaway loop into a loud bug.
 */
export function runNode(draft: Draft, node: NodeId, input: (ctx: NodeCtx) => void): void {
  const ctx = createNodeCtx(draft, node);
  input(ctx);
  let handled = 0;
  for (let event = ctx.queue.shift(); event !== undefined; event = ctx.queue.shift()) {
    handled++;
    assert(
      handled <= LIMITS.maxEventsPerStep,
      `node ${node} raised more than ${LIMITS.maxEventsPerStep} events`,
    );
    handleEvent(ctx, event);
  }
}

export function receiveMessage(ctx: NodeCtx, msg: Message): void {
  switch (msg.type) {
    case 'vote':
      receiveVote(ctx, msg.vote);
      return;
    case 'cert':
      receiveCert(ctx, msg.cert);
      return;
    case 'block':
      receiveBlock(ctx, msg.block);
      return;
  }
}

/**
 * Blokstor: only the first complete block of a slot raises a Block event (notes §3.6, P15); under
 * rule allVersionsPending every version received while the slot is unvoted does (versions.ts).
 */
export function receiveBlock(ctx: NodeCtx, blockId: BlockId): void {
  const block = ctx.draft.block(blockId);
  if (block.slot < 1 || block.slot > ctx.cfg.maxSlot) return;
  const view = ctx.draft.readSlot(ctx.node, block.slot);
  if (!isNewVersion(ctx.cfg.rules, view, blockId)) return;
  if (view.firstBlock === NO_BLOCK) ctx.draft.slot(ctx.node, block.slot).firstBlock = blockId;
  if (ctx.cfg.rules.allVersionsPending && !view.voted)
    ctx.draft.array(ctx.node, block.slot, 'versions').push(blockId);
  ctx.draft.effects?.blocks.push({ node: ctx.node, block: blockId });
  ctx.queue.push({ type: 'block', slot: block.slot, block: blockId });
}
