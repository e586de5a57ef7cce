import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import { blocksOfSlot } from '../block.ts';
import type { ModelConfig } from '../config.ts';
import { hasCast } from '../ghost.ts';
import { type CertKind, isBlockVote, type Message, type VoteKind, votesCountingFor } from '../messages.ts';
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
  return (
    target !== undefined &&
    target.id !== 0 &&
    target.slot === slot &&
    (strategy.votesForeignBlocks || cfg.roles[target.proposer] === 'byzantine')
  );
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
      if (!certIsValid(cfg, state.blocks, c)) return false;
      const available = availableSigners(cfg, state, c.kind, c.slot, c.block);
      return c.signers.every((v) => available.includes(v));
    }
  }
}
