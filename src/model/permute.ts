import type { NodeId } from '../core/ids.ts';
import type { Block } from './block.ts';
import { type Cert, type Envelope, envelopeKey, type Message, type Vote } from './messages.ts';
import type { SlotState } from './slot-state.ts';
import type { NodeState, State } from './state.ts';

/** A permutation of validator ids: p[old] = new. */
export type Permutation = readonly number[];

/**
 * Images are cached for this many `apply` calls, then dropped. Successors share most of their
 * slot states with their parent and are canonicalised right after it, so a short memory gets
 * nearly all the hits; a cache that lived as long as its keys would keep six images of every
 * slot of every state waiting in the explorer's frontier (measured: 2–3× the live heap).
 */
const CACHE_GENERATION = 4096;

/**
 * Renames validators in a state. Slot states, ghost logs and envelopes are shared between
 * successive states (copy-on-write), so their images are cached per object and permutation: a
 * state then costs a few array lookups per permutation, and the fingerprint's own per-slot text
 * cache keeps hitting because the same permuted slot object comes back.
 */
export class StatePermuter {
  private slots = new WeakMap<SlotState, SlotState[]>();
  private logs = new WeakMap<readonly Vote[], Vote[][]>();
  private envelopes = new WeakMap<Envelope, Envelope[]>();
  private calls = 0;

  /** `perms[k]` is permutation number k; caches are indexed by k. */
  constructor(private readonly perms: readonly Permutation[]) {}

  apply(state: State, k: number): State {
    if (++this.calls % CACHE_GENERATION === 0) {
      this.slots = new WeakMap();
      this.logs = new WeakMap();
      this.envelopes = new WeakMap();
    }
    const p = this.perms[k] as Permutation;
    const nodes: (NodeState | null)[] = new Array(state.nodes.length).fill(null);
    const castVotes: (readonly Vote[])[] = new Array(state.castVotes.length);
    state.nodes.forEach((node, v) => {
      nodes[p[v] as number] = node ? { slots: node.slots.map((s) => this.slot(s, k)) } : null;
    });
    state.castVotes.forEach((log, v) => {
      castVotes[p[v] as number] = this.log(log, k);
    });
    const network = state.network.map((e) => this.envelope(e, k));
    network.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const renamed = { nodes, blocks: permuteBlocks(state.blocks, p), network, castVotes };
    return state.anomaly === undefined ? renamed : { ...renamed, anomaly: state.anomaly };
  }

  private slot(s: SlotState, k: number): SlotState {
    return cached(this.slots, s, k, () => permuteSlot(s, this.perms[k] as Permutation));
  }

  private log(log: readonly Vote[], k: number): Vote[] {
    const p = this.perms[k] as Permutation;
    return cached(this.logs, log, k, () => log.map((vote) => permuteVote(vote, p)));
  }

  private envelope(e: Envelope, k: number): Envelope {
    const p = this.perms[k] as Permutation;
    return cached(this.envelopes, e, k, () => {
      const to = p[e.to] as number;
      const msg = permuteMessage(e.msg, p);
      return { to, msg, key: envelopeKey(to, msg) };
    });
  }
}

function cached<K extends object, V>(map: WeakMap<K, V[]>, key: K, k: number, make: () => V): V {
  let images = map.get(key);
  if (!images) {
    images = [];
    map.set(key, images);
  }
  let image = images[k];
  if (image === undefined) {
    image = make();
    images[k] = image;
  }
  return image;
}

/** Proposers are leaders, which every symmetry fixes; kept generic, and the array reused if unchanged. */
function permuteBlocks(
  blocks: readonly (Block | undefined)[],
  p: Permutation,
): readonly (Block | undefined)[] {
  const moved = (b: Block | undefined) => b !== undefined && b.proposer >= 0 && p[b.proposer] !== b.proposer;
  if (!blocks.some(moved)) return blocks;
  // map keeps the holes of the sparse table (ids are slot × 4 + version).
  return blocks.map((b) => (b !== undefined && moved(b) ? { ...b, proposer: p[b.proposer] as number } : b));
}

/** Per-voter arrays move with their voter: out[p[v]] = in[v]. */
function permuteByVoter(values: readonly number[], p: Permutation): number[] {
  const out = new Array<number>(values.length);
  values.forEach((value, v) => {
    out[p[v] as number] = value;
  });
  return out;
}

function permuteSlot(s: SlotState, p: Permutation): SlotState {
  return {
    ...s,
    initialVote: permuteByVoter(s.initialVote, p),
    notarFallbackVotes: s.notarFallbackVotes.map(([v, b]) => [p[v] as number, b] as const),
    skipFallbackVote: permuteByVoter(s.skipFallbackVote, p),
    finalVote: permuteByVoter(s.finalVote, p),
    certs: s.certs.map((c) => permuteCert(c, p)),
    // Block-valued fields (parentReady, votedNotar, pending, ...) name blocks, not validators,
    // and are shared as they are: a Draft copies an array before it writes to it.
  };
}

function permuteVote(vote: Vote, p: Permutation): Vote {
  return { ...vote, voter: p[vote.voter] as NodeId };
}

/** Signer lists are sorted sets: renamed, then re-sorted (certificate validity requires it). */
function permuteCert(cert: Cert, p: Permutation): Cert {
  const signers = cert.signers.map((v) => p[v] as number).sort((a, b) => a - b);
  return { ...cert, signers };
}

function permuteMessage(msg: Message, p: Permutation): Message {
  switch (msg.type) {
    case 'vote':
      return { type: 'vote', vote: permuteVote(msg.vote, p) };
    case 'cert':
      return { type: 'cert', cert: permuteCert(msg.cert, p) };
    case 'block':
      return msg;
  }
}
