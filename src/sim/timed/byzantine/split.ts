import type { NodeId } from '../../../core/ids.ts';
import type { ModelConfig } from '../../../model/config.ts';

/**
 * The correct validators in two halves of as equal stake as a greedy split gets (largest first,
 * ties by lower id, each to the lighter half): an equivocating leader sends one version to each,
 * so that neither half plus the Byzantine stake reaches a certificate when that can be avoided.
 * Stakes are summed as bigint: exact whether the config holds them as numbers or bigints.
 */
export function stakeHalves(cfg: ModelConfig): [NodeId[], NodeId[]] {
  const stake = (v: NodeId) => BigInt(cfg.stakes[v] ?? 0);
  const order = [...cfg.honest].sort((a, b) => {
    const d = stake(b) - stake(a);
    return d > 0n ? 1 : d < 0n ? -1 : a - b;
  });
  const halves: [NodeId[], NodeId[]] = [[], []];
  const sums = [0n, 0n];
  for (const v of order) {
    const i = (sums[1] as bigint) < (sums[0] as bigint) ? 1 : 0;
    halves[i]?.push(v);
    sums[i] = (sums[i] as bigint) + stake(v);
  }
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
