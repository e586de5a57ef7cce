import type { NodeId } from '../core/ids.ts';
import { type Block, GENESIS_BLOCK } from './block.ts';
import type { ModelConfig } from './config.ts';
import type { Envelope, Vote } from './messages.ts';
import { emptySlotState, type SlotState } from './slot-state.ts';

/** A correct node: one SlotState per slot 0..maxSlot (slot 0 is genesis and stays empty). */
export interface NodeState {
  readonly slots: readonly SlotState[];
}

/**
 * The global state of the untimed model — the variables the TLA+ spec mirrors (tla/README.md).
 * Byzantine and offline validators have no protocol state (null): they follow no algorithm.
 */
export interface State {
  readonly nodes: readonly (NodeState | null)[];
  /** Every block ever created (the block tree), indexed by BlockId (sparse: id = slot × 4 + version). */
  readonly blocks: readonly (Block | undefined)[];
  /** Messages between correct nodes in flight: a set, sorted by key. */
  readonly network: readonly Envelope[];
  /** Ghost: every vote each correct validator cast, in casting order ([] for others). */
  readonly castVotes: readonly (readonly Vote[])[];
  /**
   * Ghost, absent in every healthy run: why the model could not complete a step (an internal
   * assertion failed, e.g. correct nodes that disagree on a leader made more versions of a slot
   * than the block table holds). The step's changes are dropped, nothing is enabled any more, and
   * the InternalConsistency property reports it with the trace that led there (anomaly.ts).
   */
  readonly anomaly?: string;
}

/** The state before anyone acts; `init` then raises each node's genesis ParentReady. */
export function blankState(cfg: ModelConfig): State {
  const nodes = cfg.roles.map((role) =>
    role === 'honest'
      ? { slots: Array.from({ length: cfg.maxSlot + 1 }, () => emptySlotState(cfg.validatorCount)) }
      : null,
  );
  return { nodes, blocks: [GENESIS_BLOCK], network: [], castVotes: cfg.roles.map(() => []) };
}

export function slotOf(state: State, node: NodeId, slot: number): SlotState {
  const n = state.nodes[node];
  const s = n?.slots[slot];
  if (s === undefined) throw new Error(`node ${node} has no slot ${slot}`);
  return s;
}
