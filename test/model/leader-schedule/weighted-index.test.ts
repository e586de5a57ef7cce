import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ChaChaU64Stream } from '../../../src/model/leader-schedule/chacha-u64.ts';
import { UniformU64Sampler } from '../../../src/model/leader-schedule/uniform-u64.ts';
import { WeightedU64Index } from '../../../src/model/leader-schedule/weighted-index.ts';
import { base58 } from './base58.ts';

/** agave `random/src/weighted.rs` and `range.rs` tests seed ChaChaRng with 32 bytes of 16. */
const CHACHA_SEED = new Uint8Array(32).fill(16);

function weights(count: number, pow: number): bigint[] {
  return Array.from({ length: count }, (_, i) => BigInt(i) ** BigInt(pow));
}

/** agave `test_weighted_u64_index_example`: weights i^pow for i < count, ten draws. */
const EXAMPLES: [number, number, number[]][] = [
  [100, 0, [95, 2, 28, 92, 17, 64, 2, 78, 75, 42]],
  [1_000, 0, [952, 25, 285, 925, 176, 648, 29, 781, 759, 427]],
  [1_000, 1, [975, 160, 534, 962, 420, 805, 172, 884, 871, 654]],
  [1_000, 2, [983, 294, 658, 974, 561, 865, 309, 921, 912, 753]],
  [10_000, 1, [9757, 1596, 5346, 9621, 4207, 8052, 1716, 8842, 8712, 6540]],
];

describe('WeightedU64Index: agave test_weighted_u64_index_example', () => {
  it.each(EXAMPLES)('%i weights i^%i', (count, pow, expected) => {
    const index = new WeightedU64Index(weights(count, pow));
    const rng = new ChaChaU64Stream(CHACHA_SEED);
    expect(Array.from({ length: 10 }, () => index.sample(rng))).toEqual(expected);
  });
});

/** agave `test_weighted_u64_index_compat`: the SHA-256 of `len` draws, each as a u64 LE, in base58. */
const COMPAT: [number, number, number, string][] = [
  [30_000, 0, 50_000, '23K23NXJpui3d9nrKLNfvwpHHRs4dxFfZ8saxH6ZPJyw'],
  [20_000, 1, 45_000, '9yvuyu8JDQtUo7cvWJKkc3cUmzWw5RzBJoEtoVR2N2r2'],
  [10_000, 2, 35_000, '842FcJe1kmnmrZXAA3rETtBakk1jFdz1dnzMbkf875gh'],
  [10_000, 3, 30_000, '5LNbaEBQrb5CzsoHdK79XNDENAJ9WJqW9LpWktqkRchf'],
];

describe('WeightedU64Index: agave test_weighted_u64_index_compat', () => {
  it.each(COMPAT)('%i weights i^%i, %i draws', (count, pow, len, expected) => {
    const index = new WeightedU64Index(weights(count, pow));
    const rng = new ChaChaU64Stream(CHACHA_SEED);
    const hash = createHash('sha256');
    const word = Buffer.alloc(8);
    for (let i = 0; i < len; i++) {
      word.writeBigUInt64LE(BigInt(index.sample(rng)));
      hash.update(word);
    }
    expect(base58(hash.digest())).toBe(expected);
  });
});

describe('WeightedU64Index: agave test_weighted_u64_index_error_on_new', () => {
  it('refuses no weights, no non-zero weight and an overflowing total', () => {
    expect(() => new WeightedU64Index([])).toThrow(/no weights/);
    expect(() => new WeightedU64Index([0n, 0n, 0n, 0n, 0n])).toThrow(/non-zero/);
    const max = 2n ** 64n - 1n;
    expect(() => new WeightedU64Index([max / 3n, max / 2n, 0n, max / 3n])).toThrow(/u64/);
  });
});

describe('UniformU64Sampler: agave range.rs test_uniform_sample_like_instance_sample_example', () => {
  it('[0, 294533), ten draws', () => {
    const sampler = new UniformU64Sampler(294_533n);
    const rng = new ChaChaU64Stream(CHACHA_SEED);
    expect(Array.from({ length: 10 }, () => sampler.sample(rng))).toEqual(
      [280405, 7507, 84194, 272634, 52124, 190984, 8676, 230277, 223574, 126007].map(BigInt),
    );
  });
});

describe('ChaChaU64Stream', () => {
  // agave range.rs test_random_range_example, range `..`: the raw u64 draws of ChaChaRng([16; 32]).
  it('yields rand_chacha ChaChaRng::next_u64 (two 32-bit words, low first)', () => {
    const rng = new ChaChaU64Stream(CHACHA_SEED);
    expect(Array.from({ length: 10 }, () => rng.next())).toEqual([
      17561962876765024395n,
      470213581521912695n,
      5273148429961811548n,
      17075204616871931816n,
      3264552321098222474n,
      11961477208003522799n,
      543394791199312464n,
      14422393090876740590n,
      14002568482199435789n,
      7891933133259177431n,
    ]);
  });
  it('keeps its place across refills of the key stream', () => {
    const a = new ChaChaU64Stream(CHACHA_SEED);
    const first = Array.from({ length: 1500 }, () => a.next());
    const b = new ChaChaU64Stream(CHACHA_SEED);
    expect(b.skip(1499)).toBeUndefined();
    expect(b.next()).toBe(first[1499]);
  });
});
