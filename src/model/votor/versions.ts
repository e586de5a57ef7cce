import type { BlockId } from '../../core/ids.ts';
import { NO_BLOCK } from '../../core/ids.ts';
import type { ProtocolRules } from '../protocol-rules.ts';
import type { SlotState } from '../slot-state.ts';

/**
 * Which versions of a slot a correct node hands to Votor (a Block event) and keeps pending. The
 * white paper's Blokstor emits a Block event for the first complete block only (Def. 10, notes
 * §3.6); under rule allVersionsPending (agave's `pending_blocks`, votor/src/event_handler.rs)
 * every version that arrives while the slot is unvoted does, and each one not voted on stays
 * pending. A version arriving after the node voted in the slot changes nothing there (try_notar
 * refuses a voted slot), so it is not recorded: the state stays as small as the paper's.
 */

/** Does receiving this complete block raise a Block event (and record it)? */
export function isNewVersion(rules: ProtocolRules, view: SlotState, block: BlockId): boolean {
  if (view.firstBlock === NO_BLOCK) return true;
  return rules.allVersionsPending && !view.voted && !view.versions.includes(block);
}

/** The slot's pending blocks, in the order checkPending retries them. */
export function pendingVersions(rules: ProtocolRules, view: SlotState): readonly BlockId[] {
  if (rules.allVersionsPending) return view.voted ? [] : view.versions;
  return view.pending === NO_BLOCK ? [] : [view.pending];
}

/** The node holds this block (it arrived complete): the first version, or one recorded later. */
export function hasReceived(view: SlotState, block: BlockId): boolean {
  return view.firstBlock === block || view.versions.includes(block);
}
