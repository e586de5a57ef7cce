import { unreachable } from '../../core/assert.ts';
import type { BlockId } from '../../core/ids.ts';
import type { ModelConfig } from '../config.ts';
import type { CertKind, Vote } from '../messages.ts';
import { SKIP_VOTE, type SlotState } from '../slot-state.ts';

/**
 * Running stake sums of one node's pool for one slot: what the certificate and fallback-event
 * checks compare with their thresholds. Without them every stored vote cost three passes over all
 * validators (one per certificate kind it may complete) and two more for SafeToNotar/SafeToSkip,
 * which at a thousand validators made the cost of a delivery grow with the validator count.
 *
 * A tally is derived data, kept beside the slot state rather than in it (states stay what the
 * TLA+ spec mirrors, and serialise as before): a hidden property of the SlotState object, carried to a
 * Draft's copy, advanced by each stored vote, and rebuilt by one pass when absent (a state made by
 * other means: a test, a TLC trace, a symmetry permutation). The properties never read it: they
 * recount from the stored votes (properties/safety/pool-view.ts), so a wrong tally is caught.
 */
export interface SlotTally {
  /** notar(b): stake of stored initial Notar votes, per block ascending by id (Def. 16). */
  readonly notar: readonly (readonly [BlockId, bigint])[];
  /** Stake of distinct voters counting for NotarFallback(b): Notar(b) or NotarFallback(b) (Table 6). */
  readonly notarOrFallback: readonly (readonly [BlockId, bigint])[];
  /** skip(s): stake of stored initial Skip votes. */
  readonly skip: bigint;
  /** Stake of distinct voters counting for Skip certificates: Skip or SkipFallback. */
  readonly skipOrFallback: bigint;
  readonly final: bigint;
}

/**
 * Where a slot's tally lives: a non-enumerable property of the SlotState object, so it is neither
 * serialised, nor compared by tests, nor copied by a spread (a Draft's copy gets it by carryTally).
 * Faster than a WeakMap lookup, which at mainnet scale was a tenth of a delivery's cost.
 */
const TALLY: unique symbol = Symbol('pool tally');
type Tallied = SlotState & { [TALLY]?: SlotTally };

function put(slot: SlotState, tally: SlotTally): void {
  const s = slot as Tallied;
  if (TALLY in s) s[TALLY] = tally;
  else
    Object.defineProperty(s, TALLY, { value: tally, writable: true, configurable: true, enumerable: false });
}

/** The slot's tally (rebuilt by one pass when the slot has none yet). */
export function tallyOf(cfg: ModelConfig, slot: SlotState): SlotTally {
  const known = (slot as Tallied)[TALLY];
  if (known !== undefined) return known;
  const counted = countTally(cfg, slot);
  put(slot, counted);
  return counted;
}

/** A Draft copied `original` into `copy` (same votes): the copy has the same tally. */
export function carryTally(original: SlotState, copy: SlotState): void {
  const known = (original as Tallied)[TALLY];
  if (known !== undefined) put(copy, known);
}

/**
 * The tally `slot` will have once `vote` is stored (canStoreVote held). Read before the store: in
 * place, the store writes into this very slot.
 */
export function tallyAfter(cfg: ModelConfig, slot: SlotState, vote: Vote): SlotTally {
  const t = tallyOf(cfg, slot);
  const stake = cfg.stakes[vote.voter] as bigint;
  const v = vote.voter;
  switch (vote.kind) {
    case 'notar': {
      const hasFallback = slot.notarFallbackVotes.some(([w, b]) => w === v && b === vote.block);
      const notarOrFallback = hasFallback ? t.notarOrFallback : addTo(t.notarOrFallback, vote.block, stake);
      return { ...t, notar: addTo(t.notar, vote.block, stake), notarOrFallback };
    }
    case 'notarFallback':
      if (slot.initialVote[v] === vote.block) return t;
      return { ...t, notarOrFallback: addTo(t.notarOrFallback, vote.block, stake) };
    case 'skip': {
      const skipOrFallback = t.skipOrFallback + (slot.skipFallbackVote[v] === 1 ? 0n : stake);
      return { ...t, skip: t.skip + stake, skipOrFallback };
    }
    case 'skipFallback':
      return slot.initialVote[v] === SKIP_VOTE ? t : { ...t, skipOrFallback: t.skipOrFallback + stake };
    case 'final':
      return { ...t, final: t.final + stake };
    default:
      return unreachable(vote.kind);
  }
}

/** Records the tally of a slot whose votes the caller just changed. */
export function setTally(slot: SlotState, tally: SlotTally): void {
  put(slot, tally);
}

/** A slot whose votes changed outside a Draft (a test's own slot state): recount on next read. */
export function forgetTally(slot: SlotState): void {
  delete (slot as Tallied)[TALLY];
}

/** The tallied stake a certificate of `kind` for `block` would have (its eligible signers' stake). */
export function certTally(t: SlotTally, kind: CertKind, block: BlockId): bigint {
  switch (kind) {
    case 'fastFinal':
    case 'notar':
      return stakeOf(t.notar, block);
    case 'notarFallback':
      return stakeOf(t.notarOrFallback, block);
    case 'skip':
      return t.skipOrFallback;
    case 'final':
      return t.final;
    default:
      return unreachable(kind);
  }
}

export function stakeOf(entries: SlotTally['notar'], block: BlockId): bigint {
  for (const [b, stake] of entries) if (b === block) return stake;
  return 0n;
}

function addTo(entries: SlotTally['notar'], block: BlockId, stake: bigint): SlotTally['notar'] {
  const at = entries.findIndex(([b]) => b >= block);
  if (at >= 0 && entries[at]?.[0] === block) {
    return entries.map((e, i) => (i === at ? ([block, e[1] + stake] as const) : e));
  }
  const next = entries.slice();
  next.splice(at < 0 ? entries.length : at, 0, [block, stake]);
  return next;
}

/** The tally by one pass over the slot's stored votes. */
function countTally(cfg: ModelConfig, slot: SlotState): SlotTally {
  const notar = new Map<BlockId, bigint>();
  let skip = 0n;
  let skipOrFallback = 0n;
  let final = 0n;
  for (let v = 0; v < cfg.validatorCount; v++) {
    const stake = cfg.stakes[v] as bigint;
    const entry = slot.initialVote[v] as number;
    if (entry >= 0) notar.set(entry, (notar.get(entry) ?? 0n) + stake);
    if (entry === SKIP_VOTE) skip += stake;
    if (entry === SKIP_VOTE || slot.skipFallbackVote[v] === 1) skipOrFallback += stake;
    if (slot.finalVote[v] === 1) final += stake;
  }
  // The storage rule keeps at most one NotarFallback vote per (voter, block): each stored one adds
  // its voter's stake to its block unless the voter's initial vote already counted there.
  const either = new Map(notar);
  for (const [w, b] of slot.notarFallbackVotes) {
    if (slot.initialVote[w] !== b) either.set(b, (either.get(b) ?? 0n) + (cfg.stakes[w] as bigint));
  }
  const sorted = (m: Map<BlockId, bigint>) => [...m.entries()].sort((a, b) => a[0] - b[0]);
  return { notar: sorted(notar), notarOrFallback: sorted(either), skip, skipOrFallback, final };
}
