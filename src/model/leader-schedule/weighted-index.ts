import type { ChaChaU64Stream } from './chacha-u64.ts';
import { UniformU64Sampler } from './uniform-u64.ts';

const U64_MAX = 2n ** 64n - 1n;

/**
 * rand 0.8.5 `WeightedIndex<u64>` (agave `random/src/weighted.rs` `WeightedU64Index`, which
 * reproduces it): the cumulative sums of the weights (checked: the total must fit a u64), one
 * uniform draw in [0, total) by UniformU64Sampler, and the first index whose cumulative weight
 * exceeds the draw (`partition_point(|w| w <= chosen)`, a binary search). A zero weight is allowed
 * and never chosen; at least one weight must be non-zero.
 */
export class WeightedU64Index {
  /** Cumulative weights without the last (the total), as agave stores them. */
  private readonly cumulative: bigint[];
  private readonly sampler: UniformU64Sampler;

  constructor(weights: readonly bigint[]) {
    if (weights.length === 0) throw new RangeError('weighted index: no weights');
    let total = 0n;
    this.cumulative = weights.map((w) => {
      if (w < 0n) throw new RangeError(`weighted index: negative weight ${w}`);
      total += w;
      if (total > U64_MAX) throw new RangeError('weighted index: total weight overflows a u64');
      return total;
    });
    this.cumulative.pop();
    if (total === 0n) throw new RangeError('weighted index: no non-zero weight');
    this.sampler = new UniformU64Sampler(total);
  }

  sample(rng: ChaChaU64Stream): number {
    const chosen = this.sampler.sample(rng);
    let lo = 0;
    let hi = this.cumulative.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as bigint) <= chosen) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
