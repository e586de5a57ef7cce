import type { Slot } from '../../core/ids.ts';
import { highestFinalizedSlot } from '../finality.ts';
import type { Cert } from '../messages.ts';
import type { SlotState } from '../slot-state.ts';
import { type NodeCtx, sendToOthers } from './context.ts';

/**
 * Standstill re-broadcast (paper §3.3; the same in both variants): a node that saw no new
 * finalization for Δstandstill sends again the finalization proof of its highest finalized slot h,
 * every certificate it holds for a slot above h, and its own votes for slots above h. Agave:
 * `get_certs_for_standstill` (votor/src/consensus_pool.rs: at h the FastFinalization certificate
 * if it has one, else Finalization and Notarization) and `refresh_votes` with `votes_cast_since(h)`
 * (votor/src/event_handler.rs, votor/src/vote_history.rs: slots strictly above h). This is what
 * gives back what a lossy network or a dropping partition lost (agave issue #13638).
 *
 * Own votes come from the cast log, which is the node's vote history (agave's `VoteHistory`).
 * Certificates the pool derived from a stronger one (P12) go out too: a receiver derives them
 * anyway, so sending them changes nothing but the message count.
 */
export function rebroadcastOnStandstill(ctx: NodeCtx): void {
  if (!ctx.cfg.rebroadcastOnStandstill) return;
  const slots: SlotState[] = [];
  for (let slot = 0; slot <= ctx.cfg.maxSlot; slot++) slots.push(ctx.draft.readSlot(ctx.node, slot));
  const h = highestFinalizedSlot(slots);
  for (let slot = h; slot <= ctx.cfg.maxSlot; slot++) {
    for (const cert of certsToResend(slots[slot] as SlotState, slot, h))
      sendToOthers(ctx, { type: 'cert', cert });
  }
  for (const vote of ctx.draft.castBy(ctx.node)) {
    if (vote.slot > h) sendToOthers(ctx, { type: 'vote', vote });
  }
}

function certsToResend(view: SlotState, slot: Slot, h: Slot): readonly Cert[] {
  if (slot > h) return view.certs;
  if (h === 0) return []; // genesis needs no proof
  const fast = view.certs.filter((c) => c.kind === 'fastFinal');
  return fast.length > 0 ? fast : view.certs.filter((c) => c.kind === 'final' || c.kind === 'notar');
}
