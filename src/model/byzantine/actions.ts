import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import { NO_BLOCK } from '../../core/ids.ts';
import type { Action } from '../actions/types.ts';
import { allBlocks, type Block, blocksOfSlot } from '../block.ts';
import type { ModelConfig } from '../config.ts';
import { CERT_KINDS, type Cert, isBlockCert, isBlockVote, type Vote } from '../messages.ts';
import { certQuorum, findCert, signerStake } from '../pool/certs.ts';
import { canStoreVote } from '../pool/votes.ts';
import { SKIP_VOTE, type SlotState } from '../slot-state.ts';
import type { State } from '../state.ts';
import { isNewVersion } from '../votor/versions.ts';
import { availableSigners, mayPropose, mayVote, unknownBlocks } from './capabilities.ts';

/**
 * The Byzantine moves the strategy allows, in a fixed order. A send that the recipient would
 * ignore (a block for a slot it already has, a vote its pool would not store, a certificate it
 * holds) is left out: it cannot change anything and would only dilute random schedules. The
 * forger is the exception: the votes a pool must refuse and the certificates a receiver must
 * reject are its point (they exercise the refusing code, which a faulty receiver would skip).
 */
export function byzantineActions(cfg: ModelConfig, state: State): Action[] {
  const actions: Action[] = [];
  for (const z of cfg.byzantine) {
    proposals(cfg, state, z, actions);
    blockSends(cfg, state, z, actions);
    const conflicting = cfg.strategy.forgery.conflictingVotes;
    for (const vote of signableVotes(cfg, state, z)) {
      for (const to of cfg.honest) {
        const view = state.nodes[to]?.slots[vote.slot];
        if (view && (conflicting ? !alreadyStored(view, vote) : canStoreVote(view, vote, cfg.rules)))
          actions.push({ type: 'byzSend', node: z, to, msg: { type: 'vote', vote } });
      }
    }
    if (!cfg.strategy.sendsCertificates) continue;
    const { valid, short } = assemblableCerts(cfg, state);
    for (const cert of cfg.strategy.forgery.shortCertificates ? [...valid, ...short] : valid) {
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

/**
 * A forger sends the votes a pool must refuse (a second initial vote, a fourth NotarFallback),
 * but not one the pool already holds: resending that changes nothing even in a faulty pool.
 */
function alreadyStored(view: SlotState, vote: Vote): boolean {
  const v = vote.voter;
  switch (vote.kind) {
    case 'notar':
      return view.initialVote[v] === vote.block;
    case 'skip':
      return view.initialVote[v] === SKIP_VOTE;
    case 'notarFallback':
      return view.notarFallbackVotes.some(([w, b]) => w === v && b === vote.block);
    case 'skipFallback':
      return view.skipFallbackVote[v] === 1;
    case 'final':
      return view.finalVote[v] === 1;
  }
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
      const view = state.nodes[to]?.slots[block.slot];
      if (view !== undefined && isNewVersion(cfg.rules, view, block.id)) {
        out.push({ type: 'byzSend', node: z, to, msg: { type: 'block', block: block.id } });
      }
    }
  }
}

/** What a vote or certificate may name: the slot's blocks (a forger: also ids no block has), or no block. */
function targets(
  cfg: ModelConfig,
  blocks: readonly (Block | undefined)[],
  slot: Slot,
  blockKind: boolean,
): BlockId[] {
  if (!blockKind) return [NO_BLOCK];
  const known = blocksOfSlot(blocks, slot).map((b) => b.id);
  return cfg.strategy.forgery.unknownBlocks ? [...known, ...unknownBlocks(blocks, slot)] : known;
}

// The candidate lists depend only on the block table (and, for certificates, on the ghost log),
// which change far less often than the state: they are cached per version of those arrays.
const voteCache = new WeakMap<readonly (Block | undefined)[], Map<NodeId, Vote[]>>();
const certCache = new WeakMap<object, WeakMap<readonly (Block | undefined)[], Assemblable>>();

/** Certificates that reach their threshold, and (for a forger) aggregates that fall short of it. */
interface Assemblable {
  readonly valid: Cert[];
  readonly short: Cert[];
}

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
      for (const block of targets(cfg, state.blocks, slot, isBlockVote(kind))) {
        if (mayVote(cfg, state, kind, slot, block)) votes.push({ kind, slot, block, voter: z });
      }
    }
  }
  byNode.set(z, votes);
  return votes;
}

/**
 * Certificates the adversary can assemble: all signers it can name, when they reach the threshold.
 * Short ones (all signers, and its own signatures alone) are what a forger sends in their place.
 */
function assemblableCerts(cfg: ModelConfig, state: State): Assemblable {
  let byBlocks = certCache.get(state.castVotes);
  if (!byBlocks) {
    byBlocks = new WeakMap();
    certCache.set(state.castVotes, byBlocks);
  }
  let certs = byBlocks.get(state.blocks);
  if (certs) return certs;
  certs = { valid: [], short: [] };
  const forges = cfg.strategy.forgery.shortCertificates;
  for (let slot = 1; slot <= cfg.maxSlot; slot++) {
    for (const kind of CERT_KINDS) {
      for (const block of targets(cfg, state.blocks, slot, isBlockCert(kind))) {
        const signers = availableSigners(cfg, state, kind, slot, block);
        if (signers.length === 0) continue;
        if (signerStake(cfg, signers) >= certQuorum(cfg, kind))
          certs.valid.push({ kind, slot, block, signers });
        else if (forges) certs.short.push({ kind, slot, block, signers });
        if (forges) shortOwn(cfg, { kind, slot, block, signers }, certs.short);
      }
    }
  }
  byBlocks.set(state.blocks, certs);
  return certs;
}

/** The forger's own signatures alone, when they are not all the signers and fall short. */
function shortOwn(cfg: ModelConfig, all: Cert, out: Cert[]): void {
  const own = all.signers.filter((v) => cfg.roles[v] === 'byzantine');
  if (own.length > 0 && own.length < all.signers.length && signerStake(cfg, own) < certQuorum(cfg, all.kind))
    out.push({ ...all, signers: own });
}
