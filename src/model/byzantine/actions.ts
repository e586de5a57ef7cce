import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import { NO_BLOCK } from '../../core/ids.ts';
import type { Action } from '../actions/types.ts';
import { allBlocks, type Block, blocksOfSlot } from '../block.ts';
import type { ModelConfig } from '../config.ts';
import { CERT_KINDS, type Cert, isBlockCert, isBlockVote, type Vote } from '../messages.ts';
import { certQuorum, findCert, signerStake } from '../pool/certs.ts';
import { canStoreVote } from '../pool/votes.ts';
import type { State } from '../state.ts';
import { availableSigners, mayPropose, mayVote } from './capabilities.ts';

/**
 * The Byzantine moves the strategy allows, in a fixed order. A send that the recipient would
 * ignore (a block for a slot it already has, a vote its pool would not store, a certificate it
 * holds) is left out: it cannot change anything and would only dilute random schedules.
 */
export function byzantineActions(cfg: ModelConfig, state: State): Action[] {
  const actions: Action[] = [];
  for (const z of cfg.byzantine) {
    proposals(cfg, state, z, actions);
    blockSends(cfg, state, z, actions);
    for (const vote of signableVotes(cfg, state, z)) {
      for (const to of cfg.honest) {
        const view = state.nodes[to]?.slots[vote.slot];
        if (view && canStoreVote(view, vote))
          actions.push({ type: 'byzSend', node: z, to, msg: { type: 'vote', vote } });
      }
    }
    if (!cfg.strategy.sendsCertificates) continue;
    for (const cert of assemblableCerts(cfg, state)) {
      for (const to of cfg.honest) {
        const view = state.nodes[to]?.slots[cert.slot];
        if (view && !findCert(view, cert.kind, cert.block)) {
          actions.push({ type: 'byzSend', node: z, to, msg: { type: 'cert', cert } });
        }
      }
    }
  }
  return actions;
}

function proposals(cfg: ModelConfig, state: State, z: NodeId, out: Action[]): void {
  const parents = allBlocks(state.blocks);
  for (let slot = 1; slot <= cfg.maxSlot; slot++) {
    for (const parent of parents) {
      if (parent.slot >= slot) continue;
      if (mayPropose(cfg, state, z, slot, parent.id))
        out.push({ type: 'byzPropose', node: z, slot, parent: parent.id });
    }
  }
}

function blockSends(cfg: ModelConfig, state: State, z: NodeId, out: Action[]): void {
  for (const block of allBlocks(state.blocks)) {
    if (block.proposer !== z || block.slot > cfg.maxSlot) continue;
    for (const to of cfg.honest) {
      if (state.nodes[to]?.slots[block.slot]?.firstBlock === NO_BLOCK) {
        out.push({ type: 'byzSend', node: z, to, msg: { type: 'block', block: block.id } });
      }
    }
  }
}

function targets(blocks: readonly (Block | undefined)[], slot: Slot, blockKind: boolean): BlockId[] {
  return blockKind ? blocksOfSlot(blocks, slot).map((b) => b.id) : [NO_BLOCK];
}

// The candidate lists depend only on the block table (and, for certificates, on the ghost log),
// which change far less often than the state: they are cached per version of those arrays.
const voteCache = new WeakMap<readonly (Block | undefined)[], Map<NodeId, Vote[]>>();
const certCache = new WeakMap<object, WeakMap<readonly (Block | undefined)[], Cert[]>>();

function signableVotes(cfg: ModelConfig, state: State, z: NodeId): Vote[] {
  let byNode = voteCache.get(state.blocks);
  if (!byNode) {
    byNode = new Map();
    voteCache.set(state.blocks, byNode);
  }
  let votes = byNode.get(z);
  if (votes) return votes;
  votes = [];
  for (let slot = 1; slot <= cfg.maxSlot; slot++) {
    for (const kind of cfg.strategy.voteKinds) {
      for (const block of targets(state.blocks, slot, isBlockVote(kind))) {
        if (mayVote(cfg, state, kind, slot, block)) votes.push({ kind, slot, block, voter: z });
      }
    }
  }
  byNode.set(z, votes);
  return votes;
}

/** Certificates the adversary can assemble: all signers it can name, when they reach the threshold. */
function assemblableCerts(cfg: ModelConfig, state: State): Cert[] {
  let byBlocks = certCache.get(state.castVotes);
  if (!byBlocks) {
    byBlocks = new WeakMap();
    certCache.set(state.castVotes, byBlocks);
  }
  let certs = byBlocks.get(state.blocks);
  if (certs) return certs;
  certs = [];
  for (let slot = 1; slot <= cfg.maxSlot; slot++) {
    for (const kind of CERT_KINDS) {
      for (const block of targets(state.blocks, slot, isBlockCert(kind))) {
        const signers = availableSigners(cfg, state, kind, slot, block);
        if (signers.length > 0 && signerStake(cfg, signers) >= certQuorum(cfg, kind)) {
          certs.push({ kind, slot, block, signers });
        }
      }
    }
  }
  byBlocks.set(state.blocks, certs);
  return certs;
}
