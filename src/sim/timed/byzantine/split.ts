import type { NodeId } from '../../../core/ids.ts';
import type { ModelConfig } from '../../../model/config.ts';

/**
 * The correct validators in two halves of stake as equal as the Karmarkar–Karp differencing
 * heuristic gets (repeatedly set the two largest remainders against each other): an equivocating
 * leader sends one version to each half, and with Byzantine stake f the damage is largest when
 * both halves plus f reach a certificate — at f just above 20% that needs halves within a few
 * stake units of each other, which a greedy split of a skewed distribution misses by a validator.
 * Exact (bigint), deterministic (ties by lower id), O(n²) at most: fine once per run.
 */
export function stakeHalves(cfg: ModelConfig): [NodeId[], NodeId[]] {
  interface Part {
    readonly diff: bigint;
    readonly plus: NodeId[];
    readonly minus: NodeId[];
  }
  const larger = (a: Part, b: Part) =>
    a.diff > b.diff || (a.diff === b.diff && (a.plus[0] ?? 0) < (b.plus[0] ?? 0));
  // Ascending, so the two largest are popped from the end.
  const parts: Part[] = cfg.honest.map((v) => ({ diff: BigInt(cfg.stakes[v] ?? 0), plus: [v], minus: [] }));
  parts.sort((a, b) => (larger(a, b) ? 1 : larger(b, a) ? -1 : 0));
  while (parts.length > 1) {
    const x = parts.pop() as Part;
    const y = parts.pop() as Part;
    const merged: Part = {
      diff: x.diff - y.diff,
      plus: [...x.plus, ...y.minus],
      minus: [...x.minus, ...y.plus],
    };
    let i = parts.length;
    while (i > 0 && larger(parts[i - 1] as Part, merged)) i--;
    parts.splice(i, 0, merged);
  }
  const last = parts[0];
  const halves: [NodeId[], NodeId[]] = [[...(last?.plus ?? [])], [...(last?.minus ?? [])]];
  for (const h of halves) h.sort((a, b) => a - b);
  return halves;
}

/** A random part of the correct validators holding at most half the correct stake (a withholding leader's audience). */
export function minoritySubset(cfg: ModelConfig, shuffled: readonly NodeId[]): NodeId[] {
  const stake = (v: NodeId) => BigInt(cfg.stakes[v] ?? 0);
  let total = 0n;
  for (const v of cfg.honest) total += stake(v);
  const chosen: NodeId[] = [];
  let sum = 0n;
  for (const v of shuffled) {
    if (2n * (sum + stake(v)) > total) continue;
    chosen.push(v);
    sum += stake(v);
  }
  return chosen.sort((a, b) => a - b);
}
