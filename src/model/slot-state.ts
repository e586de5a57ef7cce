import type { BlockId, NodeId } from '../core/ids.ts';
import { NO_BLOCK } from '../core/ids.ts';
import type { Cert } from './messages.ts';

/** Initial-vote entry of a voter that has none stored. */
export const NO_VOTE = -2;
/** Initial-vote entry of a voter whose stored initial vote is Skip. */
export const SKIP_VOTE = -1;

/**
 * One correct node's view of one slot: its pool for the slot (Def. 12–13) and its Votor state
 * (Def. 18). Scalar fields are written only on copies owned by a Draft, array fields only through
 * Draft.array (which copies the array first); published states never change.
 */
export interface SlotState {
  /** Pool rule 1: per voter the first Notar-or-Skip vote: NO_VOTE, SKIP_VOTE or the block id. */
  readonly initialVote: readonly number[];
  /** Pool rule 2: stored NotarFallback votes as [voter, block] pairs (at most 3 per voter). */
  readonly notarFallbackVotes: readonly (readonly [NodeId, BlockId])[];
  /** Pool rule 3: per voter, 1 when its SkipFallback vote is stored. */
  readonly skipFallbackVote: readonly number[];
  /** Pool rule 4: per voter, 1 when its Final vote is stored. */
  readonly finalVote: readonly number[];
  /** Certificates, at most one per (kind, block). */
  readonly certs: readonly Cert[];
  /** Votor flags (Def. 18). */
  readonly parentReady: readonly BlockId[];
  voted: boolean;
  votedNotar: BlockId;
  readonly blockNotarized: readonly BlockId[];
  itsOver: boolean;
  badWindow: boolean;
  /** pendingBlocks[s]: a block that could not be voted on yet. */
  pending: BlockId;
  /** The first complete block received for the slot; only it raises a Block event (notes §3.6). */
  firstBlock: BlockId;
  /**
   * Rule allVersionsPending (protocol-rules.ts; empty without it): every version received while
   * the slot was unvoted, in arrival order. Each raised a Block event, and those not voted on are
   * agave's pending blocks of the slot (`pending` stays NO_BLOCK).
   */
  readonly versions: readonly BlockId[];
  /** Event deduplication (pitfall P18). */
  readonly safeToNotarRaised: readonly BlockId[];
  safeToSkipRaised: boolean;
  /** Window start only: timeouts were set by the first ParentReady (Def. 17). */
  timeoutsSet: boolean;
}

export function emptySlotState(validatorCount: number): SlotState {
  return {
    initialVote: new Array<number>(validatorCount).fill(NO_VOTE),
    notarFallbackVotes: [],
    skipFallbackVote: new Array<number>(validatorCount).fill(0),
    finalVote: new Array<number>(validatorCount).fill(0),
    certs: [],
    parentReady: [],
    voted: false,
    votedNotar: NO_BLOCK,
    blockNotarized: [],
    itsOver: false,
    badWindow: false,
    pending: NO_BLOCK,
    firstBlock: NO_BLOCK,
    versions: [],
    safeToNotarRaised: [],
    safeToSkipRaised: false,
    timeoutsSet: false,
  };
}

/** Array fields of a SlotState (copied one by one, on first write, by Draft.array). */
export type SlotArrayField =
  | 'initialVote'
  | 'notarFallbackVotes'
  | 'skipFallbackVote'
  | 'finalVote'
  | 'certs'
  | 'parentReady'
  | 'blockNotarized'
  | 'versions'
  | 'safeToNotarRaised';

/** Mutable view of one array field, for the Draft's owner only. */
export type WritableArray<K extends SlotArrayField> = SlotState[K] extends readonly (infer E)[] ? E[] : never;
