import { type BlockId, GENESIS, type NodeId, type Slot } from '../../src/core/ids.ts';
import { PPM } from '../../src/core/limits.ts';
import { meetsPpm } from '../../src/core/stake.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { isWindowStart } from '../../src/model/schedule.ts';
import type { SlotState } from '../../src/model/slot-state.ts';
import type { State } from '../../src/model/state.ts';

/**
 * Def. 16 recomputed from a correct node's pool, on purpose without the model's pool code
 * (notarTallies, cfg.quorum): a property that reused it would agree with any bug in it.
 * Thresholds come from the ppm values: S − f for the first clause and SafeToSkip, f = 1 − F.
 */

/** Entries of SlotState.initialVote (slot-state.ts): a block id, SKIP_VOTE or NO_VOTE. */
const SKIP_ENTRY = -1;

export function slotView(state: State, node: NodeId, slot: Slot): SlotState | undefined {
  return state.nodes[node]?.slots[slot];
}

/** notar(b): stake whose stored initial vote is Notar(b); skip(s): stake whose is Skip. */
function stakeOfEntry(cfg: ModelConfig, view: SlotState, entry: number): bigint {
  let total = 0n;
  view.initialVote.forEach((e, v) => {
    if (e === entry) total += cfg.stakes[v] as bigint;
  });
  return total;
}

function fallbackPpm(cfg: ModelConfig): number {
  return Math.max(0, cfg.slowPpm - (PPM - cfg.fastPpm));
}

/** SafeToNotar(s, b)'s stake and parent conditions (Def. 16), without the "voted" guard. */
export function safeToNotarHolds(
  cfg: ModelConfig,
  state: State,
  node: NodeId,
  slot: Slot,
  block: BlockId,
): boolean {
  const view = slotView(state, node, slot);
  if (!view) return false;
  const notar = stakeOfEntry(cfg, view, block);
  const skip = stakeOfEntry(cfg, view, SKIP_ENTRY);
  const total = cfg.totalStake;
  const stakeOk =
    meetsPpm(notar, total, fallbackPpm(cfg)) ||
    (meetsPpm(skip + notar, total, cfg.slowPpm) && meetsPpm(notar, total, PPM - cfg.fastPpm));
  return stakeOk && (isWindowStart(slot, cfg.windowSize) || parentFallbackCertified(state, node, block));
}

/** SafeToSkip(s)'s stake condition: skip(s) + Σ_b notar(b) − max_b notar(b) ≥ S − f (Def. 16). */
export function safeToSkipHolds(cfg: ModelConfig, state: State, node: NodeId, slot: Slot): boolean {
  const view = slotView(state, node, slot);
  if (!view) return false;
  const byBlock = new Map<number, bigint>();
  let skip = 0n;
  view.initialVote.forEach((e, v) => {
    const stake = cfg.stakes[v] as bigint;
    if (e === SKIP_ENTRY) skip += stake;
    else if (e >= 0) byBlock.set(e, (byBlock.get(e) ?? 0n) + stake);
  });
  let sum = 0n;
  let max = 0n;
  for (const stake of byBlock.values()) {
    sum += stake;
    if (stake > max) max = stake;
  }
  return meetsPpm(skip + sum - max, cfg.totalStake, fallbackPpm(cfg));
}

/** Blocks with a stored initial Notar vote in the node's pool for the slot. */
export function talliedBlocks(state: State, node: NodeId, slot: Slot): BlockId[] {
  const view = slotView(state, node, slot);
  return view ? [...new Set(view.initialVote.filter((e) => e >= 0))] : [];
}

/** The parent of b (known to the node: repair assumed) holds a Notar-or-NotarFallback certificate. */
function parentFallbackCertified(state: State, node: NodeId, block: BlockId): boolean {
  const parent = state.blocks[state.blocks[block]?.parent ?? -1];
  if (parent === undefined) return false;
  if (parent.id === GENESIS) return true;
  const view = slotView(state, node, parent.slot);
  return view?.certs.some((c) => c.block === parent.id && c.kind !== 'skip' && c.kind !== 'final') ?? false;
}
