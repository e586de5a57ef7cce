import { NO_BLOCK } from '../../src/core/ids.ts';
import { hasCast } from '../../src/model/ghost.ts';
import { isWindowStart } from '../../src/model/schedule.ts';
import { pendingVersions } from '../../src/model/votor/versions.ts';
import type { SafetyProperty } from '../types.ts';
import { nameOf } from './observed.ts';

/**
 * The converse of VotesJustified: a vote that is due and never cast. checkPendingBlocks runs
 * after every successful tryNotar and every ParentReady, and those are the only ways a parked
 * block's parent can come to qualify, so between steps no correct node holds a pending block it
 * could vote for. A dropped retry left the node silent in the slot and passed every other
 * safety property (the slot is skipped later, which is safe).
 */
export const pendingBlocksRetried: SafetyProperty = {
  name: 'PendingBlocksRetried',
  kind: 'safety',
  reference:
    'white paper Algorithm 1 (Block and ParentReady handlers call checkPendingBlocks), Algorithm 2 (tryNotar, checkPendingBlocks), Definition 18 (pendingBlocks)',
  description:
    'No correct node keeps a pending block in a slot it already voted in, or one whose parent qualifies for tryNotar (ParentReady for it in a first slot, its own Notar vote for it in the previous slot otherwise).',
  check(cfg, state) {
    for (const node of cfg.honest) {
      const slots = state.nodes[node]?.slots ?? [];
      for (let slot = 1; slot < slots.length; slot++) {
        const view = slots[slot];
        if (!view) continue;
        if (view.voted && view.pending !== NO_BLOCK)
          return `validator ${node} voted in slot ${slot} but still holds ${nameOf(state, view.pending)} pending`;
        // Every version under allVersionsPending (none once the slot is voted), else `pending`.
        for (const pending of pendingVersions(cfg.rules, view)) {
          const parent = state.blocks[pending]?.parent ?? NO_BLOCK;
          const votable = isWindowStart(slot, cfg.windowSize)
            ? view.parentReady.includes(parent)
            : hasCast(state, node, 'notar', slot - 1, parent);
          if (votable)
            return `validator ${node} holds ${nameOf(state, pending)} pending although its parent qualifies (never retried)`;
        }
      }
    }
    return null;
  },
};
