import { ghostText } from './fingerprint.ts';
import { NO_VOTE, type SlotState } from './slot-state.ts';
import type { State } from './state.ts';

/**
 * A cheap summary of each validator's part in a state that renaming cannot change:
 * sig(π(s), π(v)) = sig(s, v). Canonicalisation only considers renamings that sort each class by
 * this summary, which leaves a single candidate whenever the summaries differ (the common case:
 * validators progress at different speeds), instead of fingerprinting every permutation.
 * Parts: the validator's ghost log (votes carry no voter in this text), messages in flight to it,
 * its votes in flight, how many pool entries for it the correct nodes hold, and its own pool size.
 */
export function validatorSignatures(state: State): string[] {
  const n = state.castVotes.length;
  const inbox = new Array<number>(n).fill(0);
  const outbox = new Array<number>(n).fill(0);
  for (const e of state.network) {
    inbox[e.to]!++;
    if (e.msg.type === 'vote') outbox[e.msg.vote.voter]!++;
  }
  const storedFor = new Array<number>(n).fill(0);
  const ownPool = new Array<number>(n).fill(0);
  state.nodes.forEach((node, owner) => {
    for (const slot of node?.slots ?? []) {
      const counts = entriesByVoter(slot);
      for (let v = 0; v < n; v++) {
        storedFor[v]! += counts[v] ?? 0;
        ownPool[owner]! += counts[v] ?? 0;
      }
    }
  });
  return state.castVotes.map(
    (log, v) => `${ghostText(log)}|${inbox[v]}|${outbox[v]}|${storedFor[v]}|${ownPool[v]}`,
  );
}

// Slot states are shared between states (copy-on-write), so their summaries are cached.
const entryCache = new WeakMap<SlotState, number[]>();

/** Pool entries per voter in one slot (initial, NotarFallback, SkipFallback, Final). */
function entriesByVoter(slot: SlotState): number[] {
  let counts = entryCache.get(slot);
  if (counts) return counts;
  counts = slot.initialVote.map(
    (entry, v) => (entry === NO_VOTE ? 0 : 1) + (slot.skipFallbackVote[v] ?? 0) + (slot.finalVote[v] ?? 0),
  );
  for (const [v] of slot.notarFallbackVotes) counts[v]!++;
  entryCache.set(slot, counts);
  return counts;
}
