import { BLOCK_ID_STRIDE, type BlockId, blockIdFor, type NodeId, type Slot } from '../../core/ids.ts';
import { type Block, blocksOfSlot } from '../block.ts';
import type { ModelConfig } from '../config.ts';
import { hasCast } from '../ghost.ts';
import {
  type Cert,
  type CertKind,
  isBlockCert,
  isBlockVote,
  type Message,
  type VoteKind,
  votesCountingFor,
} from '../messages.ts';
import { certIsValid } from '../pool/certs.ts';
import { leaderOf } from '../schedule.ts';
import type { State } from '../state.ts';

/**
 * What a Byzantine validator can produce under its strategy. It signs only as itself; a
 * certificate it assembles may name a correct validator only for a vote that validator cast.
 * Byzantine validators collude (one adversary): "own blocks" are blocks any of them proposed.
 */
export function mayVote(cfg: ModelConfig, state: State, kind: VoteKind, slot: Slot, block: BlockId): boolean {
  const strategy = cfg.strategy;
  if (!strategy.voteKinds.includes(kind) || slot < 1 || slot > cfg.maxSlot) return false;
  if (!isBlockVote(kind)) return block === -1;
  const target = state.blocks[block];
  if (target === undefined)
    return strategy.forgery.unknownBlocks && unknownBlocks(state.blocks, slot).includes(block);
  return (
    target !== undefined &&
    target.id !== 0 &&
    target.slot === slot &&
    (strategy.votesForeignBlocks || cfg.roles[target.proposer] === 'byzantine')
  );
}

/** Ids of slot `slot` that no block holds (a forger votes for them: blocks no one has). */
export function unknownBlocks(blocks: readonly (Block | undefined)[], slot: Slot): BlockId[] {
  const ids: BlockId[] = [];
  for (let version = 0; version < BLOCK_ID_STRIDE; version++) {
    const id = blockIdFor(slot, version);
    if (blocks[id] === undefined) ids.push(id);
  }
  return ids;
}

export function mayPropose(cfg: ModelConfig, state: State, z: NodeId, slot: Slot, parent: BlockId): boolean {
  if (slot < 1 || slot > cfg.maxSlot || leaderOf(cfg, slot) !== z) return false;
  const parentBlock = state.blocks[parent];
  if (parentBlock === undefined || parentBlock.slot >= slot) return false;
  const versions = blocksOfSlot(state.blocks, slot).filter((b) => b.proposer === z).length;
  return versions < cfg.strategy.blocksPerSlot;
}

/** Every validator that can back a certificate: correct ones that cast a counting vote, Byzantine ones allowed to. */
export function availableSigners(
  cfg: ModelConfig,
  state: State,
  kind: CertKind,
  slot: Slot,
  block: BlockId,
): NodeId[] {
  const kinds = votesCountingFor(kind);
  const signers: NodeId[] = [];
  for (let v = 0; v < cfg.validatorCount; v++) {
    const role = cfg.roles[v];
    const backed =
      role === 'honest'
        ? kinds.some((k) => hasCast(state, v, k, slot, isBlockVote(k) ? block : -1))
        : role === 'byzantine' &&
          kinds.some((k) => mayVote(cfg, state, k, slot, isBlockVote(k) ? block : -1));
    if (backed) signers.push(v);
  }
  return signers;
}

/** Can Byzantine validator `z` legitimately hand this message to someone? */
export function mayProduce(cfg: ModelConfig, state: State, z: NodeId, msg: Message): boolean {
  switch (msg.type) {
    case 'block':
      return state.blocks[msg.block]?.proposer === z;
    case 'vote':
      return msg.vote.voter === z && mayVote(cfg, state, msg.vote.kind, msg.vote.slot, msg.vote.block);
    case 'cert': {
      const c = msg.cert;
      if (!cfg.strategy.sendsCertificates || c.slot < 1 || c.slot > cfg.maxSlot) return false;
      // A forger may send an aggregate the receiver must refuse (too little stake, a block no one
      // has), but still only of signatures it holds: its own and correct validators' cast votes.
      if (
        !certIsValid(cfg, state.blocks, c) &&
        !(cfg.strategy.forgery.shortCertificates && wellFormed(cfg, c))
      )
        return false;
      const available = availableSigners(cfg, state, c.kind, c.slot, c.block);
      return c.signers.length > 0 && c.signers.every((v) => available.includes(v));
    }
  }
}

/** Signers strictly ascending, in range; a Skip or Final aggregate names no block. */
function wellFormed(cfg: ModelConfig, c: Cert): boolean {
  if (
    isBlockCert(c.kind)
      ? c.block < blockIdFor(c.slot, 0) || c.block >= blockIdFor(c.slot + 1, 0)
      : c.block !== -1
  )
    return false;
  return c.signers.every(
    (v, i) => v >= 0 && v < cfg.validatorCount && (i === 0 || v > (c.signers[i - 1] as number)),
  );
}
