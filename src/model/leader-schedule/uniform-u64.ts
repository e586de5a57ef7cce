import type { ChaChaU64Stream } from './chacha-u64.ts';

const U64_MAX = 2n ** 64n - 1n;
const U64_MASK = U64_MAX;

/**
 * A uniform integer in [0, rangeEnd) as rand 0.8.5 draws it from an instance,
 * `Uniform::new(0, rangeEnd).sample(rng)` (`UniformInt::<u64>`; agave `random/src/range.rs`
 * `UniformU64Sampler::new_like_instance_sample`):
 *  - zone = u64::MAX − ((u64::MAX − rangeEnd + 1) mod rangeEnd): the largest multiple of
 *    rangeEnd that fits in 2^64, minus one, so every result has the same number of accepted v;
 *  - draw v = next_u64, form the 128-bit product v · rangeEnd; accept when its low 64 bits are
 *    ≤ zone and return the high 64 bits, else draw again.
 * (rand's `sample_single`, used by `gen_range`, computes its zone differently; the leader
 * schedule does not use it.) Exact in bigint.
 */
export class UniformU64Sampler {
  private readonly zone: bigint;

  constructor(private readonly rangeEnd: bigint) {
    if (rangeEnd <= 0n || rangeEnd > U64_MAX)
      throw new RangeError(`range end must be in [1, 2^64), got ${rangeEnd}`);
    this.zone = U64_MAX - ((U64_MAX - rangeEnd + 1n) % rangeEnd);
  }

  sample(rng: ChaChaU64Stream): bigint {
    for (;;) {
      const product = rng.next() * this.rangeEnd;
      if ((product & U64_MASK) <= this.zone) return product >> 64n;
    }
  }
}
