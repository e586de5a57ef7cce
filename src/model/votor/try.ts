import type { BlockId, Slot } from '../../core/ids.ts';
import { NO_BLOCK } from '../../core/ids.ts';
import { isWindowStart, windowSlots } from '../schedule.ts';
import { castVote } from './cast.ts';
import type { NodeCtx } from './context.ts';
import { pendingVersions } from './versions.ts';

/**
 * Algorithm 2's helpers. Flags are set before the vote is broadcast so that the node's own pool,
 * which stores the vote synchronously, already sees `Voted` when it re-checks SafeToNotar and
 * SafeToSkip (pitfall P5).
 */

/** Casts Notar(s, b) if the node has not voted in s and b's parent qualifies (ParentReady or chain). */
export function tryNotar(ctx: NodeCtx, slot: Slot, block: BlockId): boolean {
  const view = ctx.draft.readSlot(ctx.node, slot);
  if (view.voted) return false;
  const parent = ctx.draft.block(block).parent;
  const parentOk = isWindowStart(slot, ctx.cfg.windowSize)
    ? view.parentReady.includes(parent)
    : ctx.draft.readSlot(ctx.node, slot - 1).votedNotar === parent; // parent in s-1, voted by me (P8, P9)
  if (!parentOk) return false;
  const state = ctx.draft.slot(ctx.node, slot);
  state.voted = true;
  state.votedNotar = block;
  state.pending = NO_BLOCK;
  castVote(ctx, 'notar', slot, block);
  tryFinal(ctx, slot, block); // the Notarization certificate may already be here (P21)
  return true;
}

/** Casts Final(s) once b is notarized, the node voted Notar(b) and never fell back in s. */
export function tryFinal(ctx: NodeCtx, slot: Slot, block: BlockId): void {
  const view = ctx.draft.readSlot(ctx.node, slot);
  if (!view.blockNotarized.includes(block) || view.votedNotar !== block || view.badWindow || view.itsOver)
    return;
  ctx.draft.slot(ctx.node, slot).itsOver = true;
  castVote(ctx, 'final', slot);
}

/** Skips every still-unvoted slot of the window containing `slot`, earlier and later ones (P7). */
export function trySkipWindow(ctx: NodeCtx, slot: Slot): void {
  for (const k of windowSlots(ctx.cfg, slot)) {
    if (ctx.draft.readSlot(ctx.node, k).voted) continue;
    const state = ctx.draft.slot(ctx.node, k);
    state.voted = true;
    state.badWindow = true;
    state.pending = NO_BLOCK;
    castVote(ctx, 'skip', k);
  }
}

/**
 * Retries parked blocks in increasing slot order, so a vote in s can unlock s+1 in one pass (P22);
 * a slot's versions in arrival order (allVersionsPending), the first vote ending the slot's turn.
 */
export function checkPending(ctx: NodeCtx): void {
  for (let s = 1; s <= ctx.cfg.maxSlot; s++) {
    for (const pending of pendingVersions(ctx.cfg.rules, ctx.draft.readSlot(ctx.node, s))) {
      if (tryNotar(ctx, s, pending)) break;
    }
  }
}
