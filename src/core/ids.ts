/** Shared identifiers. Plain numbers keep states cheap to copy and compare. */

/** A validator, 0-based index into the validator table. */
export type NodeId = number;
/** A slot number; slot 0 holds the genesis block, windows start at slot 1. */
export type Slot = number;
/** A block, index into the state's block table; 0 is genesis. */
export type BlockId = number;

export const GENESIS: BlockId = 0;
/** Sentinel for "no block" in typed fields (a slot-only vote, an empty pending entry). */
export const NO_BLOCK: BlockId = -1;

/**
 * Block ids name (slot, version): id = slot × 4 + version, genesis = 0. Ids that do not depend
 * on the order blocks were created in keep a shrunk schedule valid when an unrelated proposal is
 * removed, and make equal states equal whatever the history.
 */
export const BLOCK_ID_STRIDE = 4;

export function blockIdFor(slot: Slot, version: number): BlockId {
  return slot * BLOCK_ID_STRIDE + version;
}
