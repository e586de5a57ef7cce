import { unreachable } from '../../core/assert.ts';
import { type BlockId, GENESIS, NO_BLOCK, type NodeId } from '../../core/ids.ts';
import type { Block } from '../block.ts';
import type { ModelConfig } from '../config.ts';
import { type Cert, type CertKind, isBlockCert } from '../messages.ts';
import { SKIP_VOTE, type SlotState } from '../slot-state.ts';

/**
 * Certificates (Def. 11 Table 6, Def. 13): which stored votes count for which certificate, the
 * threshold of each kind, and the pool's "one certificate per (kind, slot, block)" rule.
 */

/** F for fast-finalization, S for the four others (reference §1). */
export function certQuorum(cfg: ModelConfig, kind: CertKind): bigint {
  return kind === 'fastFinal' ? cfg.quorum.fast : cfg.quorum.slow;
}

/** Voters whose stored votes count towards a certificate; each counted once (pitfall P2). */
export function eligibleSigners(cfg: ModelConfig, slot: SlotState, kind: CertKind, block: BlockId): NodeId[] {
  const signers: NodeId[] = [];
  for (let v = 0; v < cfg.validatorCount; v++) {
    if (countsFor(slot, kind, block, v)) signers.push(v);
  }
  return signers;
}

function countsFor(slot: SlotState, kind: CertKind, block: BlockId, v: NodeId): boolean {
  switch (kind) {
    case 'fastFinal':
    case 'notar':
      return slot.initialVote[v] === block;
    case 'notarFallback':
      return (
        slot.initialVote[v] === block || slot.notarFallbackVotes.some(([w, b]) => w === v && b === block)
      );
    case 'skip':
      return slot.initialVote[v] === SKIP_VOTE || slot.skipFallbackVote[v] === 1;
    case 'final':
      return slot.finalVote[v] === 1;
    default:
      return unreachable(kind);
  }
}

export function signerStake(cfg: ModelConfig, signers: readonly NodeId[]): bigint {
  let total = 0n;
  for (const v of signers) total += cfg.stakes[v] as bigint;
  return total;
}

/**
 * A received certificate is accepted only if it is well formed — a block certificate names a block
 * of its slot, a Skip or Finalization certificate names none (one per slot) — and its distinct
 * signers really reach the threshold (reference §3).
 */
export function certIsValid(cfg: ModelConfig, blocks: readonly (Block | undefined)[], cert: Cert): boolean {
  if (isBlockCert(cert.kind)) {
    const block = blocks[cert.block];
    if (block === undefined || block.id === GENESIS || block.slot !== cert.slot) return false;
  } else if (cert.block !== NO_BLOCK) {
    return false;
  }
  for (let i = 0; i < cert.signers.length; i++) {
    const signer = cert.signers[i] as number;
    if (signer < 0 || signer >= cfg.validatorCount) return false;
    if (i > 0 && signer <= (cert.signers[i - 1] as number)) return false;
  }
  return signerStake(cfg, cert.signers) >= certQuorum(cfg, cert.kind);
}

export function findCert(slot: SlotState, kind: CertKind, block: BlockId): Cert | undefined {
  return slot.certs.find((c) => c.kind === kind && c.block === block);
}

/** A Notarization or NotarFallback certificate (a FastFinalization one implies both, P12). */
export function hasNotarFallbackLike(slot: SlotState, block: BlockId): boolean {
  return slot.certs.some((c) => c.block === block && c.kind !== 'skip' && c.kind !== 'final');
}

export function hasSkipCert(slot: SlotState): boolean {
  return slot.certs.some((c) => c.kind === 'skip');
}

/** Weaker certificates whose threshold the same signer set also proves (remark after Def. 13). */
export function impliedKinds(kind: CertKind): CertKind[] {
  if (kind === 'fastFinal') return ['notar', 'notarFallback'];
  if (kind === 'notar') return ['notarFallback'];
  return [];
}

/** Blocks of a slot that carry a certificate of the given kinds, ascending. */
export function certifiedBlocks(slot: SlotState, kinds: readonly CertKind[]): BlockId[] {
  const blocks = new Set<BlockId>();
  for (const c of slot.certs) if (kinds.includes(c.kind)) blocks.add(c.block);
  return [...blocks].sort((a, b) => a - b);
}
