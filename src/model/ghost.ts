import type { BlockId, NodeId, Slot } from '../core/ids.ts';
import type { VoteKind } from './messages.ts';
import type { State } from './state.ts';

/** Did correct validator `voter` ever cast this vote? (the ghost log, not any pool) */
export function hasCast(state: State, voter: NodeId, kind: VoteKind, slot: Slot, block: BlockId): boolean {
  const log = state.castVotes[voter];
  if (log === undefined) return false;
  for (const v of log) {
    if (v.kind === kind && v.slot === slot && v.block === block) return true;
  }
  return false;
}
