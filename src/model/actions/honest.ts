import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import { blocksOfSlot } from '../block.ts';
import type { ModelConfig } from '../config.ts';
import { isWindowStart, leaderOf, windowSlots } from '../schedule.ts';
import type { State } from '../state.ts';

/**
 * Guards of the correct nodes' own actions. Enumeration and `next` share them, so an action is
 * enabled exactly when `next` accepts it.
 */

/**
 * Timeout(slot) can fire once timers cover the slot (Def. 17: set by the window's first
 * ParentReady; under parentReadyFromFinalization also from a later slot's ParentReady on) and the
 * node has not voted in it. Timers fire in slot order, and Timeout(i) with an earlier covered slot
 * of the window still unvoted has the same effect as that earlier timeout (both skip every unvoted
 * slot of the window), so only the earliest unvoted covered slot's timeout is enabled: fewer
 * interleavings, the same reachable states.
 */
export function timeoutEnabled(cfg: ModelConfig, state: State, node: NodeId, slot: Slot): boolean {
  const slots = state.nodes[node]?.slots;
  if (!slots || slot < 1 || slot > cfg.maxSlot) return false;
  let covered = false;
  for (const k of windowSlots(cfg, slot)) {
    covered ||= slots[k]?.timeoutsSet === true;
    if (covered && !slots[k]?.voted) return k === slot;
  }
  return false;
}

export function ownBlock(state: State, node: NodeId, slot: Slot): BlockId | undefined {
  return blocksOfSlot(state.blocks, slot).find((b) => b.proposer === node)?.id;
}

/**
 * A correct leader makes one block per slot: the window's first on a parent it saw ParentReady
 * for, every later one on its own block of the previous slot (Alg. 3, P9, P26).
 */
export function proposeEnabled(
  cfg: ModelConfig,
  state: State,
  node: NodeId,
  slot: Slot,
  parent: BlockId,
): boolean {
  const slots = state.nodes[node]?.slots;
  if (!slots || slot < 1 || slot > cfg.maxSlot || leaderOf(cfg, slot) !== node) return false;
  if (ownBlock(state, node, slot) !== undefined) return false;
  if (isWindowStart(slot, cfg.windowSize)) return slots[slot]?.parentReady.includes(parent) ?? false;
  return ownBlock(state, node, slot - 1) === parent;
}
