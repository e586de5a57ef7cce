import type { NodeId } from '../core/ids.ts';
import type { ModelConfig } from './config.ts';
import { leaderOf } from './schedule.ts';

/** Largest class permuted as a whole (5! = 120 permutations); larger classes are split. */
export const MAX_CLASS_SIZE = 5;
/** Largest symmetry group enumerated; classes beyond it are left unpermuted (still sound). */
export const MAX_PERMUTATIONS = 720;

/**
 * Which validators the untimed model cannot tell apart. A permutation π of ids is a symmetry
 * when applying π to a state commutes with `init`, `actions` and `next`, and keeps every safety
 * property's verdict. That holds when π preserves:
 *  - stake (quorums are stake sums) and role (honest, Byzantine, offline follow different rules);
 *  - the leader of every slot 1..maxSlot: `leaderOf` is a fixed function of the id (round-robin,
 *    rotated by the offset), so a permutation that moves a leader changes who may propose.
 *    Slots beyond maxSlot are never proposed, voted on or led, so their leaders do not matter.
 * Nothing else in the model looks at an id's value: votes, certificate signer sets, messages and
 * pools treat ids as names; id order only fixes enumeration order (actions, sorted signer lists,
 * the key-sorted network), which changes no reachable state.
 * Hence: validators of equal stake and role that lead no window within the horizon.
 *
 * How much this buys depends on the horizon. Round-robin gives each window one leader, so with
 * W-slot windows and maxSlot slots ⌈maxSlot / W⌉ validators are pinned: with the default W = 4 and
 * maxSlot ≤ 4 only one leader is pinned and up to n − 1 correct validators are interchangeable,
 * but with W = 1 and maxSlot ≥ n − 1 every validator leads and the group is trivial. Offline
 * validators are left out: they have no state and send nothing, so the state never distinguishes
 * them and permuting them would only repeat the same fingerprints.
 */
export function interchangeableClasses(cfg: ModelConfig): NodeId[][] {
  const leaders = new Set<NodeId>();
  for (let slot = 1; slot <= cfg.maxSlot; slot += cfg.windowSize) leaders.add(leaderOf(cfg, slot));
  const byKey = new Map<string, NodeId[]>();
  for (let v = 0; v < cfg.validatorCount; v++) {
    const role = cfg.roles[v];
    if (leaders.has(v) || role === 'offline') continue;
    const key = `${role}/${cfg.stakes[v]}`;
    const members = byKey.get(key) ?? [];
    members.push(v);
    byKey.set(key, members);
  }
  const classes: NodeId[][] = [];
  // Map iteration follows first appearance, i.e. ascending ids: deterministic.
  for (const members of byKey.values()) {
    for (let i = 0; i < members.length; i += MAX_CLASS_SIZE) {
      const chunk = members.slice(i, i + MAX_CLASS_SIZE);
      if (chunk.length > 1) classes.push(chunk);
    }
  }
  return withinBudget(classes);
}

/** Keeps classes, largest first, while the group order stays within MAX_PERMUTATIONS. */
function withinBudget(classes: NodeId[][]): NodeId[][] {
  const sorted = [...classes].sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number));
  const kept: NodeId[][] = [];
  let order = 1;
  for (const members of sorted) {
    const size = factorial(members.length);
    if (order * size > MAX_PERMUTATIONS) continue;
    order *= size;
    kept.push(members);
  }
  return kept;
}

function factorial(k: number): number {
  let product = 1;
  for (let i = 2; i <= k; i++) product *= i;
  return product;
}

/**
 * Every permutation of the group the classes generate, as maps from old id to new id, identity
 * first. Each class is permuted among itself; everyone else stays put.
 */
export function groupPermutations(validatorCount: number, classes: readonly NodeId[][]): number[][] {
  let perms: number[][] = [Array.from({ length: validatorCount }, (_, v) => v)];
  for (const members of classes) {
    const next: number[][] = [];
    for (const base of perms) {
      for (const arrangement of arrangements(members)) {
        const p = base.slice();
        members.forEach((v, i) => {
          p[v] = arrangement[i] as number;
        });
        next.push(p);
      }
    }
    perms = next;
  }
  return perms;
}

/** All orderings of `items` (the first is `items` itself), by recursive insertion. */
function arrangements(items: readonly number[]): number[][] {
  if (items.length <= 1) return [items.slice()];
  const [first, ...rest] = items as [number, ...number[]];
  const out: number[][] = [];
  for (const tail of arrangements(rest)) {
    for (let at = 0; at <= tail.length; at++) out.push([...tail.slice(0, at), first, ...tail.slice(at)]);
  }
  return out;
}
