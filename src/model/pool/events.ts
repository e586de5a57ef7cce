import { type BlockId, GENESIS, NO_BLOCK, type Slot } from '../../core/ids.ts';
import type { Cert } from '../messages.ts';
import { isWindowStart } from '../schedule.ts';
import type { SlotState } from '../slot-state.ts';
import { isQueued, type NodeCtx } from '../votor/context.ts';
import { certifiedBlocks, hasNotarFallbackLike, hasSkipCert } from './certs.ts';
import { notarTallies, skipStake } from './votes.ts';

/**
 * Pool events (Def. 15–16), raised into the node's queue at most once each (P18). Callers invoke
 * these at every point where the condition may have become true: a stored Notar/Skip vote, the
 * node's own initial vote (P5), a new certificate for a possible parent (P6).
 */

/** Re-checks ParentReady for the window starts reachable from `fromSlot` through Skip certificates. */
export function raiseParentReadyFrom(ctx: NodeCtx, fromSlot: Slot): void {
  for (let t = fromSlot; t <= ctx.cfg.maxSlot; t++) {
    if (isWindowStart(t, ctx.cfg.windowSize)) raiseParentReady(ctx, t);
    if (!hasSkipCert(ctx.draft.readSlot(ctx.node, t))) return;
  }
}

/**
 * ParentReady(w, b): b of an earlier slot holds a Notarization or NotarFallback certificate and
 * every slot strictly between slot(b) and w holds a Skip certificate. Genesis counts as certified.
 */
function raiseParentReady(ctx: NodeCtx, windowFirstSlot: Slot): void {
  const flags = ctx.draft.readSlot(ctx.node, windowFirstSlot).parentReady;
  for (let k = windowFirstSlot - 1; k >= 0; k--) {
    const view = ctx.draft.readSlot(ctx.node, k);
    const candidates = k === 0 ? [GENESIS] : certifiedBlocks(view, ['fastFinal', 'notar', 'notarFallback']);
    for (const block of candidates) {
      const event = { type: 'parentReady', slot: windowFirstSlot, block } as const;
      if (!flags.includes(block) && !isQueued(ctx, event)) ctx.queue.push(event);
    }
    if (k === 0 || !hasSkipCert(view)) return;
  }
}

/**
 * Rule parentReadyFromFinalization: agave's pool raises Finalized(s, b) when a certificate
 * completes a finalization (insert_certificate, votor/src/consensus_pool.rs): FastFinalization(b);
 * Notarization(b) with Finalization(s) held; Finalization(s) with a Notarization held. The paper's
 * Votor has no such event (Def. 14 finalizes without telling Algorithm 1).
 */
export function raiseFinalized(ctx: NodeCtx, cert: Cert): void {
  if (!ctx.cfg.rules.parentReadyFromFinalization) return;
  const view = ctx.draft.readSlot(ctx.node, cert.slot);
  const hasFinal = view.certs.some((c) => c.kind === 'final');
  const blocks: BlockId[] =
    cert.kind === 'fastFinal' || (cert.kind === 'notar' && hasFinal)
      ? [cert.block]
      : cert.kind === 'final'
        ? view.certs.flatMap((c) => (c.kind === 'notar' ? [c.block] : [])).sort((a, b) => a - b)
        : [];
  for (const block of blocks) {
    const event = { type: 'finalized', slot: cert.slot, block } as const;
    if (!isQueued(ctx, event)) ctx.queue.push(event);
  }
}

/** SafeToNotar(s, b) for every qualifying block, and SafeToSkip(s) (Def. 16). */
export function raiseFallbackEvents(ctx: NodeCtx, slot: Slot): void {
  if (slot < 1 || slot > ctx.cfg.maxSlot) return;
  const view = ctx.draft.readSlot(ctx.node, slot);
  if (!view.voted) return; // both events need the node's own initial vote first (P5)
  const q = ctx.cfg.quorum;
  const tallies = notarTallies(ctx.cfg, view);
  const skip = skipStake(ctx.cfg, view);
  for (const [block, notar] of tallies) {
    if (view.votedNotar === block || view.safeToNotarRaised.includes(block)) continue;
    if (!(notar >= q.fallback || (skip + notar >= q.slow && notar >= q.minOwn))) continue;
    if (!isWindowStart(slot, ctx.cfg.windowSize) && !parentCertified(ctx, block)) continue;
    ctx.draft.array(ctx.node, slot, 'safeToNotarRaised').push(block);
    ctx.queue.push({ type: 'safeToNotar', slot, block });
  }
  if (
    view.votedNotar !== NO_BLOCK &&
    !view.safeToSkipRaised &&
    safeToSkipStake(tallies, skip) >= q.fallback
  ) {
    ctx.draft.slot(ctx.node, slot).safeToSkipRaised = true;
    ctx.queue.push({ type: 'safeToSkip', slot });
  }
}

/** skip(s) + Σ_b notar(b) − max_b notar(b): stake that cannot help the front-runner. */
function safeToSkipStake(tallies: readonly (readonly [number, bigint])[], skip: bigint): bigint {
  let total = 0n;
  let max = 0n;
  for (const [, stake] of tallies) {
    total += stake;
    if (stake > max) max = stake;
  }
  return skip + total - max;
}

/**
 * SafeToNotar in a non-first slot needs the NotarFallback certificate of b's parent (P6). The
 * model reads the parent from the block table: repair of b is assumed to succeed (a model choice,
 * written in README: it only makes the event possible earlier, which arbitrary delays allow anyway).
 */
function parentCertified(ctx: NodeCtx, block: number): boolean {
  // Votes may name a block no one has (a forger's): its repair fails, so its parent is unknown.
  const known = ctx.draft.blockTable[block];
  if (known === undefined) return false;
  const parent = ctx.draft.block(known.parent);
  if (parent.id === GENESIS) return true;
  const parentSlot: SlotState = ctx.draft.readSlot(ctx.node, parent.slot);
  return hasNotarFallbackLike(parentSlot, parent.id);
}
