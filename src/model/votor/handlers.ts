import { unreachable } from '../../core/assert.ts';
import type { BlockId, Slot } from '../../core/ids.ts';
import { castVote } from './cast.ts';
import type { NodeCtx, VotorEvent } from './context.ts';
import { missingParentReady } from './missing-parent-ready.ts';
import { checkPending, tryFinal, tryNotar, trySkipWindow } from './try.ts';

/** Algorithm 1: one handler per event, run atomically by a correct node. */
export function handleEvent(ctx: NodeCtx, event: VotorEvent): void {
  switch (event.type) {
    case 'block':
      if (tryNotar(ctx, event.slot, event.block)) checkPending(ctx);
      else if (!ctx.cfg.rules.allVersionsPending && !ctx.draft.readSlot(ctx.node, event.slot).voted) {
        // (allVersionsPending: the version is already in `versions`, which is the pending list.)
        ctx.draft.slot(ctx.node, event.slot).pending = event.block;
      }
      addMissingParentReady(ctx, event.slot, event.block);
      return;
    case 'finalized':
      addMissingParentReady(ctx, event.slot, event.block);
      return;
    case 'timeout':
      if (!ctx.draft.readSlot(ctx.node, event.slot).voted) trySkipWindow(ctx, event.slot);
      return;
    case 'blockNotarized':
      ctx.draft.array(ctx.node, event.slot, 'blockNotarized').push(event.block);
      tryFinal(ctx, event.slot, event.block);
      return;
    case 'parentReady': {
      ctx.draft.array(ctx.node, event.slot, 'parentReady').push(event.block);
      ctx.draft.effects?.parentReady.push({ node: ctx.node, slot: event.slot, block: event.block });
      checkPending(ctx);
      // Only the first ParentReady of a window sets its timeouts (Def. 17, P10); one that
      // parentReadyFromFinalization adds in a later slot sets that slot's own (agave: per slot).
      if (ctx.draft.readSlot(ctx.node, event.slot).timeoutsSet) return;
      ctx.draft.slot(ctx.node, event.slot).timeoutsSet = true;
      ctx.draft.effects?.timers.push({ node: ctx.node, slot: event.slot });
      return;
    }
    case 'safeToNotar':
      trySkipWindow(ctx, event.slot);
      if (!ctx.draft.readSlot(ctx.node, event.slot).itsOver) {
        ctx.draft.slot(ctx.node, event.slot).badWindow = true;
        castVote(ctx, 'notarFallback', event.slot, event.block);
      }
      return;
    case 'safeToSkip':
      trySkipWindow(ctx, event.slot);
      if (!ctx.draft.readSlot(ctx.node, event.slot).itsOver) {
        ctx.draft.slot(ctx.node, event.slot).badWindow = true;
        castVote(ctx, 'skipFallback', event.slot);
      }
      return;
    default:
      unreachable(event);
  }
}

/**
 * Rule parentReadyFromFinalization: agave's event loop handles the ParentReady it derives at once,
 * as if the pool had raised it (handle_parent_ready_event in votor/src/event_handler.rs).
 */
function addMissingParentReady(ctx: NodeCtx, slot: Slot, block: BlockId): void {
  if (!ctx.cfg.rules.parentReadyFromFinalization) return;
  const parent = missingParentReady(ctx, slot, block);
  if (parent !== null) handleEvent(ctx, { type: 'parentReady', slot, block: parent });
}
