import { assert } from '../core/assert.ts';
import { BLOCK_ID_STRIDE, type BlockId, blockIdFor, type NodeId, type Slot } from '../core/ids.ts';
import { type Block, blocksOfSlot } from './block.ts';
import type { ModelConfig } from './config.ts';
import type { StepEffects } from './effects.ts';
import { type Envelope, envelopeKey, type Message, type Vote } from './messages.ts';
import { carryTally } from './pool/tally.ts';
import type { SlotArrayField, SlotState, WritableArray } from './slot-state.ts';
import type { NodeState, State } from './state.ts';

/** Never written: an in-place Draft returns before any copy bookkeeping. */
const NOTHING_COPIED = new Set<never>();

/**
 * Copy-on-write builder for one transition. `next` must not mutate its input, but copying a whole
 * state per step would be slow, so a Draft copies only what a step touches: the slots of the acting
 * node, the network array, the block table, one voter's ghost log. `finish` returns the new state.
 *
 * In place (a driver that owns its state and keeps no earlier one: the timed simulator at scale),
 * a Draft writes into its base instead. The handlers are the same; only the copies go, which at a
 * thousand validators cost a pass over the node list and the voter arrays for every delivery.
 * `changed` tells such a driver whether the step wrote anything (identity no longer can).
 */
export class Draft {
  private nodes: (NodeState | null)[] | null = null;
  // Copy-on-write bookkeeping; an in-place step copies nothing, so it shares one empty set.
  private readonly copiedSlots: Set<number>;
  private readonly ownedArrays: Set<readonly unknown[]>;
  private blocks: (Block | undefined)[] | null = null;
  private network: Envelope[] | null = null;
  private cast: (readonly Vote[])[] | null = null;
  private readonly copiedCast: Set<NodeId>;
  /** Whether the step wrote anything (a slot field, a block, a send into the state, a vote log). */
  changed = false;

  constructor(
    readonly cfg: ModelConfig,
    private readonly base: State,
    /** Set by drivers that need to know what a step did (see effects.ts). */
    readonly effects: StepEffects | null = null,
    private readonly inPlace = false,
  ) {
    assert(!inPlace || effects !== null, 'an in-place step hands its sends to the driver');
    this.copiedSlots = inPlace ? (NOTHING_COPIED as Set<number>) : new Set();
    this.ownedArrays = inPlace ? (NOTHING_COPIED as Set<readonly unknown[]>) : new Set();
    this.copiedCast = inPlace ? (NOTHING_COPIED as Set<NodeId>) : new Set();
  }

  get blockTable(): readonly (Block | undefined)[] {
    return this.blocks ?? this.base.blocks;
  }

  get inFlight(): readonly Envelope[] {
    return this.network ?? this.base.network;
  }

  block(id: BlockId): Block {
    const b = this.blockTable[id];
    assert(b !== undefined, `unknown block ${id}`);
    return b;
  }

  readSlot(node: NodeId, slot: Slot): SlotState {
    const s = (this.nodes ?? this.base.nodes)[node]?.slots[slot];
    assert(s !== undefined, `node ${node} has no slot ${slot}`);
    return s;
  }

  /** The writable copy of a node's slot state (copied on first write in this step). */
  slot(node: NodeId, slot: Slot): SlotState {
    this.changed = true;
    if (this.inPlace) return this.readSlot(node, slot);
    const key = node * (this.cfg.maxSlot + 1) + slot;
    if (this.copiedSlots.has(key)) return this.readSlot(node, slot);
    const slots = this.ownSlots(node);
    const original = slots[slot];
    assert(original !== undefined, `node ${node} has no slot ${slot}`);
    const copy: SlotState = { ...original }; // arrays stay shared until written (see array())
    carryTally(original, copy);
    slots[slot] = copy;
    this.copiedSlots.add(key);
    return copy;
  }

  /** The node's slot list, copied once per step (not once per slot written). */
  private ownSlots(node: NodeId): SlotState[] {
    this.nodes ??= this.base.nodes.slice();
    const current = this.nodes[node];
    assert(current, `node ${node} has no protocol state`);
    if (this.ownedArrays.has(current.slots)) return current.slots as SlotState[];
    const slots = current.slots.slice();
    this.ownedArrays.add(slots);
    this.nodes[node] = { ...current, slots };
    return slots;
  }

  /** A writable array field of a node's slot, copied on its first write in this step. */
  array<K extends SlotArrayField>(node: NodeId, slot: Slot, field: K): WritableArray<K> {
    const writable = this.slot(node, slot) as unknown as Record<K, unknown[]>;
    const current = writable[field];
    if (this.inPlace || this.ownedArrays.has(current)) return current as WritableArray<K>;
    const copy = current.slice();
    this.ownedArrays.add(copy);
    writable[field] = copy;
    return copy as WritableArray<K>;
  }

  addBlock(slot: Slot, parent: BlockId, proposer: NodeId): Block {
    this.changed = true;
    this.blocks ??= this.inPlace ? (this.base.blocks as (Block | undefined)[]) : this.base.blocks.slice();
    const variant = blocksOfSlot(this.blocks, slot).length;
    assert(variant < BLOCK_ID_STRIDE, `more than ${BLOCK_ID_STRIDE} versions of slot ${slot}`);
    const block: Block = { id: blockIdFor(slot, variant), slot, parent, proposer, variant };
    this.blocks[block.id] = block;
    return block;
  }

  /** Adds a message to the in-flight set (sorted by key; an identical message is kept once). */
  send(envelope: Envelope): void {
    if (this.effects) {
      this.effects.sends.push(envelope);
      return;
    }
    this.changed = true;
    this.network ??= this.base.network.slice();
    const network = this.network;
    const at = lowerBound(network, envelope.key);
    if (network[at]?.key === envelope.key) return;
    network.splice(at, 0, envelope);
  }

  /** Sends `msg` to every correct validator but `from` (one Broadcast for a driver that times sends). */
  broadcast(from: NodeId, msg: Message): void {
    if (this.effects) {
      this.effects.sends.push({ from, recipients: this.cfg.honest, msg });
      return;
    }
    for (const to of this.cfg.honest) if (to !== from) this.send({ to, msg, key: envelopeKey(to, msg) });
  }

  /** Removes and returns the in-flight message with this key, if any. */
  take(key: string): Envelope | undefined {
    const network = this.inFlight;
    const at = lowerBound(network, key);
    const found = network[at];
    if (found?.key !== key) return undefined;
    this.changed = true;
    this.network ??= this.base.network.slice();
    this.network.splice(at, 1);
    return found;
  }

  recordCast(vote: Vote): void {
    this.changed = true;
    this.effects?.cast.push(vote);
    if (this.inPlace) {
      (this.base.castVotes[vote.voter] as Vote[]).push(vote);
      return;
    }
    this.cast ??= this.base.castVotes.slice();
    const log = this.copiedCast.has(vote.voter)
      ? (this.cast[vote.voter] as Vote[])
      : [...(this.cast[vote.voter] ?? [])];
    log.push(vote);
    this.cast[vote.voter] = log;
    this.copiedCast.add(vote.voter);
  }

  castBy(voter: NodeId): readonly Vote[] {
    return (this.cast ?? this.base.castVotes)[voter] ?? [];
  }

  finish(): State {
    // A new State object around the same (changed) arrays: views cached per State object (the
    // safety properties' memo) must not outlive the step that changed what they were computed on.
    if (this.inPlace) return { ...this.base };
    return {
      nodes: this.nodes ?? this.base.nodes,
      blocks: this.blocks ?? this.base.blocks,
      network: this.network ?? this.base.network,
      castVotes: this.cast ?? this.base.castVotes,
    };
  }
}

/** First index whose key is >= `key` in a key-sorted envelope array. */
export function lowerBound(items: readonly Envelope[], key: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as Envelope).key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
