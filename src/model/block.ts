import { assert } from '../core/assert.ts';
import { BLOCK_ID_STRIDE, type BlockId, blockIdFor, type NodeId, type Slot } from '../core/ids.ts';

/**
 * A block of the block tree (reference §2: slot, id, parent, proposer). `variant` numbers the
 * versions of one slot in creation order: an honest leader makes one, an equivocating one more.
 */
export interface Block {
  readonly id: BlockId;
  readonly slot: Slot;
  readonly parent: BlockId;
  readonly proposer: NodeId;
  readonly variant: number;
}

export const GENESIS_BLOCK: Block = { id: 0, slot: 0, parent: -1, proposer: -1, variant: 0 };

/** Human-readable name used in traces and messages: "G", "3a", "3b". */
export function blockName(block: Block): string {
  return block.id === 0 ? 'G' : `${block.slot}${String.fromCharCode(97 + block.variant)}`;
}

/** True when `ancestor` is `descendant` or lies on its parent chain (Def. 5: reflexive). */
export function isAncestor(
  blocks: readonly (Block | undefined)[],
  ancestor: BlockId,
  descendant: BlockId,
): boolean {
  const target = blocks[ancestor];
  assert(target !== undefined, `unknown block ${ancestor}`);
  let current = blocks[descendant];
  while (current !== undefined && current.slot >= target.slot) {
    if (current.id === ancestor) return true;
    current = blocks[current.parent];
  }
  return false;
}

/**
 * The versions of a slot, in id order: ids are slot × stride + version (core/ids.ts), so they are
 * found by lookup, not by scanning the table (this runs in actions() for every node and slot).
 */
export function blocksOfSlot(blocks: readonly (Block | undefined)[], slot: Slot): Block[] {
  const found: Block[] = [];
  if (slot === 0) return found; // genesis is not a version of slot 0
  for (let version = 0; version < BLOCK_ID_STRIDE; version++) {
    const block = blocks[blockIdFor(slot, version)];
    if (block) found.push(block);
  }
  return found;
}

/** The blocks of a (sparse) block table, genesis included, in id order. */
export function allBlocks(blocks: readonly (Block | undefined)[]): Block[] {
  return blocks.filter((b): b is Block => b !== undefined);
}
