import type { Vote } from './messages.ts';
import type { SlotState } from './slot-state.ts';
import type { State } from './state.ts';

/**
 * Canonical text of a state: equal states give equal text whatever the history. Sets are printed
 * sorted (the ghost vote logs are kept in casting order, so they are sorted here); the network is
 * already a key-sorted set. The explorer hashes this text into a 64-bit fingerprint.
 */
export function fingerprintState(state: State): string {
  const parts: string[] = [];
  for (const b of state.blocks) parts.push(b ? `${b.id}.${b.parent}.${b.proposer}` : '-');
  parts.push('|N');
  for (const e of state.network) parts.push(e.key);
  for (const node of state.nodes) {
    parts.push('|V');
    if (node) for (const slot of node.slots) parts.push(cachedSlotText(slot));
  }
  for (const log of state.castVotes) {
    parts.push('|G');
    parts.push(ghostText(log));
  }
  // Absent in every healthy state, so the state space (and the TLA+ mirror's) is unchanged.
  if (state.anomaly !== undefined) parts.push(`|A${state.anomaly}`);
  return parts.join(' ');
}

// Slot states are shared between successive states (copy-on-write), so their text is cached.
const slotTextCache = new WeakMap<SlotState, string>();

function cachedSlotText(slot: SlotState): string {
  let text = slotTextCache.get(slot);
  if (text === undefined) {
    text = slotText(slot);
    slotTextCache.set(slot, text);
  }
  return text;
}

function voteText(v: Vote): string {
  return `${v.kind}/${v.slot}/${v.block}`;
}

// Ghost vote logs are shared copy-on-write too; kept in casting order, printed sorted.
const ghostCache = new WeakMap<readonly Vote[], string>();

/** Canonical text of one validator's cast-vote log (also part of the symmetry signature). */
export function ghostText(log: readonly Vote[]): string {
  let text = ghostCache.get(log);
  if (text === undefined) {
    text = log.map(voteText).sort().join(';');
    ghostCache.set(log, text);
  }
  return text;
}

function sortedNumbers(values: readonly number[]): string {
  return [...values].sort((a, b) => a - b).join(',');
}

function slotText(s: SlotState): string {
  const nf = s.notarFallbackVotes.map(([v, b]) => `${v}:${b}`).sort();
  const certs = s.certs.map((c) => `${c.kind}:${c.block}:${c.signers.join('.')}`).sort();
  const flags = [s.voted, s.itsOver, s.badWindow, s.safeToSkipRaised, s.timeoutsSet]
    .map((f) => (f ? 1 : 0))
    .join('');
  return [
    s.initialVote.join(','),
    nf.join(','),
    s.skipFallbackVote.join(''),
    s.finalVote.join(''),
    certs.join(','),
    sortedNumbers(s.parentReady),
    s.votedNotar,
    sortedNumbers(s.blockNotarized),
    flags,
    s.pending,
    s.firstBlock,
    sortedNumbers(s.safeToNotarRaised),
    // In arrival order (it is the order pending versions are retried in); empty under the paper.
    s.versions.join(','),
  ].join('#');
}
