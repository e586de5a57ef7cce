import { assert } from '../../core/assert.ts';
import type { Slot } from '../../core/ids.ts';
import type { Cert, CertKind, Vote } from '../messages.ts';
import type { SlotState } from '../slot-state.ts';
import { type NodeCtx, sendToOthers } from '../votor/context.ts';
import { certIsValid, certQuorum, eligibleSigners, findCert, impliedKinds, signerStake } from './certs.ts';
import { raiseFallbackEvents, raiseFinalized, raiseParentReadyFrom } from './events.ts';
import { certIgnored, voteIgnored } from './ignored.ts';
import { certTally, tallyOf } from './tally.ts';
import { storeVoteInDraft } from './votes.ts';

/**
 * The pool's reaction to an incoming vote or certificate (Def. 12–16): store by the storage rules,
 * build every certificate the vote completes, store and re-broadcast new certificates, and raise
 * the events the change makes true.
 */
export function receiveVote(ctx: NodeCtx, vote: Vote): void {
  if (voteIgnored(ctx.cfg, slotView(ctx, vote.slot), vote)) return;
  storeVoteInDraft(ctx.draft, ctx.node, vote);
  switch (vote.kind) {
    case 'notar':
      // Strongest first: a new fast-finalization certificate also yields the weaker two (P12).
      tryBuildCert(ctx, vote.slot, 'fastFinal', vote.block);
      tryBuildCert(ctx, vote.slot, 'notar', vote.block);
      tryBuildCert(ctx, vote.slot, 'notarFallback', vote.block);
      raiseFallbackEvents(ctx, vote.slot);
      return;
    case 'notarFallback':
      tryBuildCert(ctx, vote.slot, 'notarFallback', vote.block);
      return;
    case 'skip':
      tryBuildCert(ctx, vote.slot, 'skip', -1);
      raiseFallbackEvents(ctx, vote.slot);
      return;
    case 'skipFallback':
      tryBuildCert(ctx, vote.slot, 'skip', -1);
      return;
    case 'final':
      tryBuildCert(ctx, vote.slot, 'final', -1);
      return;
  }
}

export function receiveCert(ctx: NodeCtx, cert: Cert): void {
  if (certIgnored(ctx.cfg, slotView(ctx, cert.slot), cert)) return;
  if (!certIsValid(ctx.cfg, ctx.draft.blockTable, cert)) return;
  storeCert(ctx, cert, 'received');
}

function slotView(ctx: NodeCtx, slot: Slot): SlotState | undefined {
  return slot >= 1 && slot <= ctx.cfg.maxSlot ? ctx.draft.readSlot(ctx.node, slot) : undefined;
}

function tryBuildCert(ctx: NodeCtx, slot: Slot, kind: CertKind, block: number): void {
  const view = ctx.draft.readSlot(ctx.node, slot);
  if (findCert(view, kind, block)) return;
  // The running tally says whether the threshold is met; only then are the signers listed (a pass
  // over the validators), and their stake must be the tally's (assertions in pairs).
  const tallied = certTally(tallyOf(ctx.cfg, view), kind, block);
  if (tallied < certQuorum(ctx.cfg, kind)) return;
  const signers = eligibleSigners(ctx.cfg, view, kind, block);
  assert(signerStake(ctx.cfg, signers) === tallied, `pool tally ${tallied} for ${kind} of slot ${slot}`);
  storeCert(ctx, { kind, slot, block, signers }, 'built');
}

/** How a certificate reaches the pool: assembled from its votes, received, or implied by another. */
type CertOrigin = 'built' | 'received' | 'implied';

/**
 * Stores a certificate new to this pool, re-broadcasts it (P17) and stores the weaker ones its
 * signers also prove (P12) without re-broadcasting those: every receiver derives them itself.
 */
function storeCert(ctx: NodeCtx, cert: Cert, origin: CertOrigin): void {
  if (findCert(ctx.draft.readSlot(ctx.node, cert.slot), cert.kind, cert.block)) return;
  ctx.draft.array(ctx.node, cert.slot, 'certs').push(cert);
  ctx.draft.effects?.certs.push({ node: ctx.node, cert });
  if (origin !== 'implied') sendToOthers(ctx, { type: 'cert', cert });
  // agave raises Finalized for FastFinalization before the ParentReady events it enables, and for
  // Notarization and Finalization after them (insert_certificate).
  if (cert.kind === 'fastFinal') raiseFinalized(ctx, cert);
  for (const kind of derivesImplied(ctx, cert, origin) ? impliedKinds(cert.kind) : []) {
    if (signerStake(ctx.cfg, cert.signers) >= certQuorum(ctx.cfg, kind))
      storeCert(ctx, { ...cert, kind }, 'implied');
  }
  if (cert.kind === 'notar') ctx.queue.push({ type: 'blockNotarized', slot: cert.slot, block: cert.block });
  // A Notarization or NotarFallback certificate makes its block a possible parent (ParentReady of
  // later windows, SafeToNotar of its children); a Skip certificate bridges a gap (Def. 15–16).
  if (cert.kind !== 'final') raiseParentReadyFrom(ctx, cert.slot + 1);
  if (cert.kind === 'notar' || cert.kind === 'final') raiseFinalized(ctx, cert);
  if (cert.kind !== 'final' && cert.kind !== 'skip') {
    // SafeToNotar of a non-first-slot block waits for its parent's certificate (P6): re-check the
    // slots of this block's children, wherever they are.
    for (const child of childSlots(ctx, cert.block)) raiseFallbackEvents(ctx, child);
  }
}

/**
 * Rule fastFinalizationAlone (agave, votor/src/consensus_pool.rs insert_certificate): a received
 * FastFinalization certificate implies nothing, so no BlockNotarized and no Final vote follow.
 * One the node assembled itself still does: its votes prove the Notarization too, and agave
 * assembles both from the same Notar vote (vote_to_cert_types, votor-messages/src/consensus_message.rs).
 */
function derivesImplied(ctx: NodeCtx, cert: Cert, origin: CertOrigin): boolean {
  return !(ctx.cfg.rules.fastFinalizationAlone && origin === 'received' && cert.kind === 'fastFinal');
}

function childSlots(ctx: NodeCtx, parent: number): number[] {
  const slots: number[] = [];
  for (const b of ctx.draft.blockTable) {
    if (b !== undefined && b.parent === parent && b.id !== 0 && !slots.includes(b.slot)) slots.push(b.slot);
  }
  return slots;
}
