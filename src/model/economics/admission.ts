import type { NodeId } from '../../core/ids.ts';

/** One validator as admission sees it at an epoch boundary. */
export interface Candidate {
  readonly id: NodeId;
  readonly stake: bigint;
  readonly balance: bigint;
}

/**
 * The admitted set for the next epoch (SIMD-0357 "How to implement the checks" steps 3–4;
 * vote/src/vote_account.rs `clone_and_filter_for_alpenglow`): stake > 0 and balance ≥ `minimum`
 * (every modelled account has a BLS key); if more than `cap` remain, sort by stake descending and
 * keep only those whose stake is strictly above the stake of the (cap+1)-th, so that every
 * validator tied at the cut-off is left out ("Do not tiebreak"). Returns ids ascending.
 */
export function admit(candidates: readonly Candidate[], minimum: bigint, cap: number): NodeId[] {
  const eligible = candidates.filter((c) => c.stake > 0n && c.balance >= minimum);
  if (eligible.length <= cap) return eligible.map((c) => c.id).sort((a, b) => a - b);
  const sorted = [...eligible].sort((a, b) => (a.stake === b.stake ? 0 : a.stake > b.stake ? -1 : 1));
  const floor = (sorted[cap] as Candidate).stake;
  return sorted
    .filter((c) => c.stake > floor)
    .map((c) => c.id)
    .sort((a, b) => a - b);
}
