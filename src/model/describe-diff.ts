import type { BlockId, NodeId, Slot } from '../core/ids.ts';
import { NO_BLOCK } from '../core/ids.ts';
import { blockName } from './block.ts';
import type { ModelConfig } from './config.ts';
import { describeCert, describeVote } from './describe.ts';
import { directFinalizations } from './finality.ts';
import type { Vote } from './messages.ts';
import { NO_VOTE, SKIP_VOTE, type SlotState } from './slot-state.ts';
import type { State } from './state.ts';

/**
 * What one step changed in one correct validator's view of one slot, for `replay --verbose
 * --state`: pool entries (votes, certificates) stored or dropped, Votor flags that changed
 * (Def. 18) with finalizations (Def. 14, derived), and the votes the validator cast itself.
 */
export interface SlotChange {
  readonly node: NodeId;
  readonly slot: Slot;
  readonly pool: readonly string[];
  readonly flags: readonly string[];
  readonly casts: readonly string[];
}

/** Every (validator, slot) whose state differs between two consecutive states, validator by validator. */
export function stateChanges(cfg: ModelConfig, before: State, after: State): SlotChange[] {
  const changes: SlotChange[] = [];
  for (const node of cfg.honest) {
    // A step changes one validator (copy-on-write): the others' objects are the same ones.
    if (before.nodes[node] === after.nodes[node] && before.castVotes[node] === after.castVotes[node])
      continue;
    const finalized = newFinalizations(cfg, before, after, node);
    const cast = (after.castVotes[node] ?? []).slice((before.castVotes[node] ?? []).length);
    for (let slot = 1; slot <= cfg.maxSlot; slot++) {
      const a = before.nodes[node]?.slots[slot];
      const b = after.nodes[node]?.slots[slot];
      if (a === undefined || b === undefined) continue;
      const pool = a === b ? [] : poolChanges(after, slot, a, b);
      const flags = a === b ? [] : flagChanges(after, a, b);
      flags.push(...(finalized.get(slot) ?? []));
      const casts = cast.filter((v) => v.slot === slot).map((v) => ownVote(after, v));
      if (pool.length + flags.length + casts.length > 0) changes.push({ node, slot, pool, flags, casts });
    }
  }
  return changes;
}

/** `v1 slot 1: pool +Notar(1a) by v0; flags +Voted, +VotedNotar(1a); casts Notar(1a)` (empty parts left out). */
export function describeSlotChange(change: SlotChange): string {
  const parts = [
    change.pool.length > 0 ? `pool ${change.pool.join(', ')}` : '',
    change.flags.length > 0 ? `flags ${change.flags.join(', ')}` : '',
    change.casts.length > 0 ? `casts ${change.casts.join(', ')}` : '',
  ].filter((p) => p !== '');
  return `v${change.node} slot ${change.slot}: ${parts.join('; ')}`;
}

/** The pool's stored votes (rules 1–4 of Def. 12) and certificates, added (+) or dropped (−). */
function poolChanges(state: State, slot: Slot, a: SlotState, b: SlotState): string[] {
  const vote = (kind: Vote['kind'], voter: NodeId, block: BlockId = NO_BLOCK) =>
    describeVote(state, { kind, slot, block, voter });
  const lines: string[] = [];
  a.initialVote.forEach((old, voter) => {
    const now = b.initialVote[voter] ?? NO_VOTE;
    if (now === old) return;
    const initial = (v: number) => (v === SKIP_VOTE ? vote('skip', voter) : vote('notar', voter, v));
    if (old !== NO_VOTE) lines.push(`-${initial(old)}`);
    if (now !== NO_VOTE) lines.push(`+${initial(now)}`);
  });
  const pairKey = ([voter, block]: readonly [NodeId, BlockId]) => `${voter}:${block}`;
  for (const [sign, pair] of setDiff(a.notarFallbackVotes, b.notarFallbackVotes, pairKey))
    lines.push(`${sign}${vote('notarFallback', pair[0], pair[1])}`);
  lines.push(...flagVector(a.skipFallbackVote, b.skipFallbackVote, (v) => vote('skipFallback', v)));
  lines.push(...flagVector(a.finalVote, b.finalVote, (v) => vote('final', v)));
  const certKey = (c: SlotState['certs'][number]) => `${c.kind}:${c.block}:${c.signers.join(',')}`;
  for (const [sign, cert] of setDiff(a.certs, b.certs, certKey))
    lines.push(`${sign}${describeCert(state, cert)}`);
  return lines;
}

/** The Votor flags (Def. 18) and event bookkeeping, in SlotState's field order. */
function flagChanges(state: State, a: SlotState, b: SlotState): string[] {
  const name = (id: BlockId) => blockLabel(state, id);
  const lines: string[] = [];
  const blockSet = (label: string, x: readonly BlockId[], y: readonly BlockId[]) => {
    for (const [sign, id] of setDiff(x, y, String)) lines.push(`${sign}${label}(${name(id)})`);
  };
  const bool = (label: string, x: boolean, y: boolean) => {
    if (x !== y) lines.push(`${y ? '+' : '-'}${label}`);
  };
  const block = (label: string, x: BlockId, y: BlockId) => {
    if (x === y) return;
    if (x === NO_BLOCK) lines.push(`+${label}(${name(y)})`);
    else if (y === NO_BLOCK) lines.push(`-${label}(${name(x)})`);
    else lines.push(`${label}(${name(x)}→${name(y)})`);
  };
  blockSet('ParentReady', a.parentReady, b.parentReady);
  bool('Voted', a.voted, b.voted);
  block('VotedNotar', a.votedNotar, b.votedNotar);
  blockSet('BlockNotarized', a.blockNotarized, b.blockNotarized);
  bool('ItsOver', a.itsOver, b.itsOver);
  bool('BadWindow', a.badWindow, b.badWindow);
  block('Pending', a.pending, b.pending);
  block('FirstBlock', a.firstBlock, b.firstBlock);
  blockSet('Version', a.versions, b.versions);
  blockSet('SafeToNotar', a.safeToNotarRaised, b.safeToNotarRaised);
  bool('SafeToSkip', a.safeToSkipRaised, b.safeToSkipRaised);
  bool('TimeoutsSet', a.timeoutsSet, b.timeoutsSet);
  return lines;
}

/** Finalizations (fast or slow) that hold after the step and did not before, by slot. */
function newFinalizations(cfg: ModelConfig, before: State, after: State, node: NodeId): Map<Slot, string[]> {
  const key = (f: { block: BlockId; path: string }) => `${f.block}:${f.path}`;
  const old = new Set(directFinalizations(cfg, before, node).map(key));
  const bySlot = new Map<Slot, string[]>();
  for (const f of directFinalizations(cfg, after, node)) {
    if (old.has(key(f))) continue;
    bySlot.set(f.slot, [
      ...(bySlot.get(f.slot) ?? []),
      `+Finalized(${blockLabel(after, f.block)}, ${f.path})`,
    ]);
  }
  return bySlot;
}

/** A validator's own vote without "by vN": the line already names the validator. */
function ownVote(state: State, vote: Vote): string {
  return describeVote(state, vote).replace(/ by v\d+$/, '');
}

/** Entries of a per-voter 0/1 vector that changed, as +/− lines. */
function flagVector(a: readonly number[], b: readonly number[], text: (voter: NodeId) => string): string[] {
  const lines: string[] = [];
  a.forEach((old, voter) => {
    const now = b[voter] ?? 0;
    if (now !== old) lines.push(`${now ? '+' : '-'}${text(voter)}`);
  });
  return lines;
}

/** Elements only in `after` ('+') then only in `before` ('-'), compared by key, each in its list's order. */
function setDiff<T>(before: readonly T[], after: readonly T[], key: (t: T) => string): ['+' | '-', T][] {
  if (before === after) return [];
  const was = new Set(before.map(key));
  const is = new Set(after.map(key));
  return [
    ...after.filter((t) => !was.has(key(t))).map((t): ['+', T] => ['+', t]),
    ...before.filter((t) => !is.has(key(t))).map((t): ['-', T] => ['-', t]),
  ];
}

function blockLabel(state: State, id: BlockId): string {
  const block = state.blocks[id];
  return block ? blockName(block) : `block#${id}`;
}
