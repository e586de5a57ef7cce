import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ChaChaU64Stream } from '../../../src/model/leader-schedule/chacha-u64.ts';
import { UniformU64Sampler } from '../../../src/model/leader-schedule/uniform-u64.ts';
import { base58 } from '../../model/leader-schedule/base58.ts';

/**
 * agave `random/src/range.rs` `test_uniform_sampler_like_instance_sample_compat`: 600,000 draws in
 * [0, rangeEnd) from ChaChaRng([16; 32]), each hashed as a u64 LE (SHA-256, base58). Long: 3 million
 * bigint draws in all (the ten-draw example is in the developer suite).
 */
const COMPAT: [bigint, string][] = [
  [10n, '5p3DrG89DLrJotbMuZJUDHMrqcfoQiDQpa3FbNDbnND6'],
  [2_729n, 'J65XfpzkppuxWEyvgVdDmGBsJSex6BuevYuDSRtaDNAK'],
  [4_098n, 'EaRABrcPBw5LLNBmjn5ay5YN5yTPgv3GnQJLbpUarRkJ'],
  [504_302_479n, 'HniJPVe7zir8XxHmtUuxzhPVvWjMcJxVhhj8QSs1PZTC'],
  [1_000_346_000_000n, 'BghMy7yLe6BVzMbc4zNvAB4sz3ZSPYKJS5oLGvXYVzw2'],
];

describe('UniformU64Sampler: agave test_uniform_sampler_like_instance_sample_compat', () => {
  it.each(COMPAT)('[0, %s), 600,000 draws', (rangeEnd, expected) => {
    const sampler = new UniformU64Sampler(rangeEnd);
    const rng = new ChaChaU64Stream(new Uint8Array(32).fill(16));
    const hash = createHash('sha256');
    const word = Buffer.alloc(8);
    for (let i = 0; i < 600_000; i++) {
      word.writeBigUInt64LE(sampler.sample(rng));
      hash.update(word);
    }
    expect(base58(hash.digest())).toBe(expected);
  });
});
