import type { BlockId, NodeId, Slot } from '../../src/core/ids.ts';
import { NO_BLOCK } from '../../src/core/ids.ts';
import { ActionNotEnabled } from '../../src/model/actions/apply.ts';
import type { Action } from '../../src/model/actions/types.ts';
import { blocksOfSlot } from '../../src/model/block.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import type { CertKind, Envelope, Message, Vote, VoteKind } from '../../src/model/messages.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import type { SlotState } from '../../src/model/slot-state.ts';
import type { State } from '../../src/model/state.ts';
import { type TestSetup, testConfig } from './config.ts';

/**
 * Drives the untimed model through its public transition function only (`init`, `next`), one
 * concrete action at a time, so a test reads as the story of a trace: who proposed, who sent
 * which vote to whom, which timer fired.
 */
export class Run {
  readonly model;
  state: State;

  constructor(readonly cfg: ModelConfig) {
    this.model = createAlpenglowModel(cfg);
    this.state = this.model.init()[0] as State;
  }

  static of(setup: TestSetup): Run {
    return new Run(testConfig(setup));
  }

  apply(action: Action): this {
    this.state = this.model.next(this.state, action);
    return this;
  }

  /** True when `next` accepts the action (it throws ActionNotEnabled otherwise). */
  accepts(action: Action): boolean {
    try {
      this.model.next(this.state, action);
      return true;
    } catch (error) {
      if (error instanceof ActionNotEnabled) return false;
      throw error;
    }
  }

  /** A correct leader proposes; returns the new block's id. */
  propose(node: NodeId, slot: Slot, parent: BlockId): BlockId {
    this.apply({ type: 'propose', node, slot, parent });
    return this.newest(slot);
  }

  /** A Byzantine leader creates a version of its block (sent to nobody yet); returns its id. */
  byzBlock(node: NodeId, slot: Slot, parent: BlockId): BlockId {
    this.apply({ type: 'byzPropose', node, slot, parent });
    return this.newest(slot);
  }

  /** The latest version created for a slot (ids are slot × 4 + version). */
  private newest(slot: Slot): BlockId {
    const versions = blocksOfSlot(this.state.blocks, slot);
    return (versions.at(-1) as { id: BlockId }).id;
  }

  sendBlock(from: NodeId, to: NodeId, block: BlockId): this {
    return this.byzSend(from, to, { type: 'block', block });
  }

  /** Byzantine `from` hands its own vote to correct `to`. */
  vote(from: NodeId, to: NodeId, kind: VoteKind, slot: Slot, block: BlockId = NO_BLOCK): this {
    return this.byzSend(from, to, { type: 'vote', vote: { kind, slot, block, voter: from } });
  }

  /** The same vote kind from several Byzantine voters, in the order given. */
  votes(voters: readonly NodeId[], to: NodeId, kind: VoteKind, slot: Slot, block: BlockId = NO_BLOCK): this {
    for (const voter of voters) this.vote(voter, to, kind, slot, block);
    return this;
  }

  /** Byzantine `from` hands a certificate it assembled to correct `to`. */
  cert(
    from: NodeId,
    to: NodeId,
    kind: CertKind,
    slot: Slot,
    block: BlockId,
    signers: readonly NodeId[],
  ): this {
    return this.byzSend(from, to, { type: 'cert', cert: { kind, slot, block, signers } });
  }

  byzSend(node: NodeId, to: NodeId, msg: Message): this {
    return this.apply({ type: 'byzSend', node, to, msg });
  }

  timeout(node: NodeId, slot: Slot): this {
    return this.apply({ type: 'timeout', node, slot });
  }

  deliver(envelope: Envelope): this {
    return this.apply({ type: 'deliver', to: envelope.to, msg: envelope.msg });
  }

  /**
   * Delivers in-flight messages that match `filter`, oldest key first, until none match (new
   * messages the deliveries cause are delivered too when they match). Bounded so a bug that
   * keeps the network busy fails loudly instead of hanging.
   */
  deliverAll(filter: (envelope: Envelope) => boolean = () => true, maxDeliveries = 10_000): this {
    for (let delivered = 0; delivered < maxDeliveries; delivered++) {
      const next = this.state.network.find(filter);
      if (!next) return this;
      this.deliver(next);
    }
    throw new Error(`network still busy after ${maxDeliveries} deliveries`);
  }

  slot(node: NodeId, slot: Slot): SlotState {
    const view = this.state.nodes[node]?.slots[slot];
    if (!view) throw new Error(`node ${node} has no slot ${slot}`);
    return view;
  }

  /** Votes correct `node` cast, in casting order. */
  cast(node: NodeId): readonly Vote[] {
    return this.state.castVotes[node] ?? [];
  }

  /** Votes correct `node` cast in `slot`, as "kind" or "kind:block" labels, in casting order. */
  castIn(node: NodeId, slot: Slot): string[] {
    return this.cast(node)
      .filter((v) => v.slot === slot)
      .map((v) => (v.block === NO_BLOCK ? v.kind : `${v.kind}:${v.block}`));
  }

  /** Certificates `node` holds for `slot`, as sorted "kind" or "kind:block" labels. */
  certsIn(node: NodeId, slot: Slot): string[] {
    return this.slot(node, slot)
      .certs.map((c) => (c.block === NO_BLOCK ? c.kind : `${c.kind}:${c.block}`))
      .sort();
  }
}
