import type { BlockId, Slot } from '../../core/ids.ts';
import { slotFinalizes } from '../finality.ts';
import { windowStart } from '../schedule.ts';
import type { NodeCtx } from './context.ts';
import { hasReceived } from './versions.ts';

/**
 * Rule parentReadyFromFinalization, agave's `add_missing_parent_ready` (votor/src/event_handler.rs,
 * anza-xyz/alpenglow): a node that joined late, or missed the certificates that make a window's
 * first slot parent-ready, would never vote in the window even after a later block of it is
 * finalized, and a cluster waiting for its stake stalls. So when a block b in a later slot of a
 * window is finalized and the node has b itself, and it has no ParentReady for the window's first
 * slot or any later one (`highest_parent_ready_slot() >= first_slot_of_window` returns None), b's
 * parent becomes ready for slot(b). Agave checks on its Finalized event and on every Block event
 * (b may complete after its finalization). Returns that parent, or null.
 */
export function missingParentReady(ctx: NodeCtx, slot: Slot, block: BlockId): BlockId | null {
  const first = windowStart(slot, ctx.cfg.windowSize);
  if (slot === first) return null;
  for (let t = first; t <= ctx.cfg.maxSlot; t++) {
    if (ctx.draft.readSlot(ctx.node, t).parentReady.length > 0) return null;
  }
  const view = ctx.draft.readSlot(ctx.node, slot);
  if (!slotFinalizes(view, block) || !hasReceived(view, block)) return null;
  return ctx.draft.block(block).parent;
}
