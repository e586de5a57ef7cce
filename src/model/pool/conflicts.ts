import { unreachable } from '../../core/assert.ts';
import type { NodeId } from '../../core/ids.ts';
import { isBlockVote, type Vote, type VoteKind } from '../messages.ts';
import { SKIP_VOTE, type SlotState } from '../slot-state.ts';

/**
 * Rule voteConflicts (protocol-rules.ts): the kinds a new vote conflicts with, per its kind, as
 * `conflicting_types` in votor/src/common.rs (anza-xyz/alpenglow). The list is symmetric: 12
 * ordered pairs. Notar vs Skip is also Def. 12's shared entry; the other ten the paper stores.
 */
export const AGAVE_CONFLICTING_KINDS: Readonly<Record<VoteKind, readonly VoteKind[]>> = {
  final: ['notarFallback', 'skip', 'skipFallback'],
  notar: ['skip', 'notarFallback'],
  notarFallback: ['final', 'notar'],
  skip: ['final', 'notar', 'skipFallback'],
  skipFallback: ['skip', 'final'],
};

/**
 * Does the vote's sender already have a stored vote of a kind the vote conflicts with? Two block
 * votes (Notar, NotarFallback) conflict only for the same block, any other pair whatever the
 * block: `has_conflicting_vote` in votor/src/consensus_pool.rs asks the duplicate-block pools for
 * the vote's block, the simple pools for any vote of the sender.
 */
export function hasConflictingVote(slot: SlotState, vote: Vote): boolean {
  return AGAVE_CONFLICTING_KINDS[vote.kind].some((kind) =>
    hasStored(slot, vote.voter, kind, isBlockVote(kind) && isBlockVote(vote.kind) ? vote.block : null),
  );
}

/** A stored vote of `kind` from `voter`, for `block` when given (null: for any block). */
function hasStored(slot: SlotState, voter: NodeId, kind: VoteKind, block: number | null): boolean {
  switch (kind) {
    case 'notar': {
      const entry = slot.initialVote[voter] as number;
      return block === null ? entry >= 0 : entry === block;
    }
    case 'notarFallback':
      return slot.notarFallbackVotes.some(([v, b]) => v === voter && (block === null || b === block));
    case 'skip':
      return slot.initialVote[voter] === SKIP_VOTE;
    case 'skipFallback':
      return slot.skipFallbackVote[voter] === 1;
    case 'final':
      return slot.finalVote[voter] === 1;
    default:
      return unreachable(kind);
  }
}
