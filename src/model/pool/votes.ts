import { assert, unreachable } from '../../core/assert.ts';
import type { BlockId, NodeId } from '../../core/ids.ts';
import { MAX_NOTAR_FALLBACK_PER_VOTER } from '../../core/limits.ts';
import type { ModelConfig } from '../config.ts';
import type { Draft } from '../draft.ts';
import type { Vote } from '../messages.ts';
import { type ProtocolRules, WHITEPAPER_RULES } from '../protocol-rules.ts';
import {
  NO_VOTE,
  SKIP_VOTE,
  type SlotArrayField,
  type SlotState,
  type WritableArray,
} from '../slot-state.ts';
import { hasConflictingVote } from './conflicts.ts';
import { forgetTally, setTally, stakeOf, tallyAfter, tallyOf } from './tally.ts';

/**
 * Pool vote storage (Def. 12), per slot and sender: the first Notar-or-Skip vote (one shared
 * entry), up to 3 NotarFallback votes for different blocks, the first SkipFallback and the first
 * Final vote. Anything beyond is ignored — this is what bounds a double voter's influence on one
 * node (reference §8). Under rule voteConflicts (agave) a vote whose sender has a conflicting
 * one stored is refused as well (pool/conflicts.ts).
 */
export function canStoreVote(slot: SlotState, vote: Vote, rules: ProtocolRules = WHITEPAPER_RULES): boolean {
  if (rules.voteConflicts && hasConflictingVote(slot, vote)) return false;
  const v = vote.voter;
  switch (vote.kind) {
    case 'notar':
    case 'skip':
      return slot.initialVote[v] === NO_VOTE;
    case 'notarFallback': {
      let count = 0;
      for (const [voter, block] of slot.notarFallbackVotes) {
        if (voter !== v) continue;
        if (block === vote.block) return false;
        count++;
      }
      return count < MAX_NOTAR_FALLBACK_PER_VOTER;
    }
    case 'skipFallback':
      return slot.skipFallbackVote[v] === 0;
    case 'final':
      return slot.finalVote[v] === 0;
    default:
      return unreachable(vote.kind);
  }
}

type ArrayAccess = <K extends SlotArrayField>(field: K) => WritableArray<K>;

/** Stores a vote in a slot state the caller owns outright (a fresh emptySlotState, in tests). */
export function storeVote(slot: SlotState, vote: Vote): void {
  assert(canStoreVote(slot, vote), 'storeVote without canStoreVote');
  storeWith(<K extends SlotArrayField>(field: K) => slot[field] as unknown as WritableArray<K>, vote);
  forgetTally(slot);
}

/** Stores a vote in a node's pool inside a transition (copy-on-write through the Draft). */
export function storeVoteInDraft(draft: Draft, node: NodeId, vote: Vote): void {
  const before = draft.readSlot(node, vote.slot);
  assert(canStoreVote(before, vote), 'storeVote without canStoreVote');
  const tally = tallyAfter(draft.cfg, before, vote);
  storeWith((field) => draft.array(node, vote.slot, field), vote);
  setTally(draft.readSlot(node, vote.slot), tally);
}

function storeWith(array: ArrayAccess, vote: Vote): void {
  const v = vote.voter;
  switch (vote.kind) {
    case 'notar':
      array('initialVote')[v] = vote.block;
      return;
    case 'skip':
      array('initialVote')[v] = SKIP_VOTE;
      return;
    case 'notarFallback':
      array('notarFallbackVotes').push([v, vote.block]);
      return;
    case 'skipFallback':
      array('skipFallbackVote')[v] = 1;
      return;
    case 'final':
      array('finalVote')[v] = 1;
      return;
    default:
      unreachable(vote.kind);
  }
}

/** notar(b): stake of stored initial votes Notar(b) (Def. 16; fallback votes do not count, P4). */
export function notarStake(cfg: ModelConfig, slot: SlotState, block: BlockId): bigint {
  return stakeOf(tallyOf(cfg, slot).notar, block);
}

/** skip(s): stake of stored initial Skip votes (Def. 16). */
export function skipStake(cfg: ModelConfig, slot: SlotState): bigint {
  return tallyOf(cfg, slot).skip;
}

/** Blocks with at least one stored Notar vote, ascending by id, with notar(b) for each. */
export function notarTallies(cfg: ModelConfig, slot: SlotState): readonly (readonly [BlockId, bigint])[] {
  return tallyOf(cfg, slot).notar;
}
