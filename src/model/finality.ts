import type { BlockId, NodeId, Slot } from '../core/ids.ts';
import { GENESIS } from '../core/ids.ts';
import type { ModelConfig } from './config.ts';
import type { SlotState } from './slot-state.ts';
import type { State } from './state.ts';

/**
 * Finalization (Def. 14), derived from a correct node's pool rather than stored: fast when the
 * pool holds FastFinalization(s, b); slow when it holds Finalization(s) and the Notarization
 * certificate that names the block (Final votes carry no hash, P13).
 */
export interface Finalization {
  readonly node: NodeId;
  readonly slot: Slot;
  readonly block: BlockId;
  readonly path: 'fast' | 'slow';
}

export function directFinalizations(cfg: ModelConfig, state: State, node: NodeId): Finalization[] {
  const result: Finalization[] = [];
  const slots = state.nodes[node]?.slots;
  if (!slots) return result;
  for (let slot = 1; slot <= cfg.maxSlot; slot++) {
    const view = slots[slot];
    if (!view) continue;
    const slow = view.certs.some((c) => c.kind === 'final');
    for (const cert of view.certs) {
      if (cert.kind === 'fastFinal') result.push({ node, slot, block: cert.block, path: 'fast' });
      else if (cert.kind === 'notar' && slow) result.push({ node, slot, block: cert.block, path: 'slow' });
    }
  }
  return result;
}

/** Does this pool's slot finalize `block` directly (fast, or Finalization plus its Notarization)? */
export function slotFinalizes(view: SlotState, block: BlockId): boolean {
  if (view.certs.some((c) => c.kind === 'fastFinal' && c.block === block)) return true;
  return (
    view.certs.some((c) => c.kind === 'final') &&
    view.certs.some((c) => c.kind === 'notar' && c.block === block)
  );
}

/** Every block a correct node has finalized: the direct ones and all their ancestors (P14). */
export function finalizedBlocks(cfg: ModelConfig, state: State, node: NodeId): Set<BlockId> {
  const finalized = new Set<BlockId>([GENESIS]);
  for (const f of directFinalizations(cfg, state, node)) {
    let current: BlockId = f.block;
    while (current >= 0 && !finalized.has(current)) {
      finalized.add(current);
      current = state.blocks[current]?.parent ?? -1;
    }
  }
  return finalized;
}

/**
 * The highest slot a node has finalized directly (0: none but genesis): what "no new finalization"
 * of a standstill is measured by (paper §3.3; agave `highest_finalized_slot` in consensus_pool.rs).
 */
export function highestFinalizedSlot(slots: readonly SlotState[]): Slot {
  for (let slot = slots.length - 1; slot >= 1; slot--) {
    const view = slots[slot];
    const finalizes = (c: { kind: string; block: BlockId }) =>
      c.kind === 'fastFinal' || (c.kind === 'notar' && view !== undefined && slotFinalizes(view, c.block));
    if (view?.certs.some(finalizes)) return slot;
  }
  return 0;
}
