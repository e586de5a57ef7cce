import { describe, expect, it } from 'vitest';
import { epochInflationLamports, voteReward } from '../../../src/model/economics/inflation.ts';

describe('epoch inflation and the vote reward (vote_reward.rs calculate_reward)', () => {
  it('M = floor(supply * rate * N / slots_per_year), exact', () => {
    // 600M SOL at 4% over mainnet's 432,000-slot epoch: 131,416.8 SOL.
    expect(epochInflationLamports(600_000_000_000_000_000n, 40_000n, 432_000)).toBe(131_416_837_782_340n);
    expect(epochInflationLamports(78_894_000n, 1_000_000n, 1)).toBe(1n);
    expect(epochInflationLamports(78_893_999n, 1_000_000n, 1)).toBe(0n);
  });

  it('r = floor(M * stake / (N * total)); the voter gets floor(r/2), the leader the rest', () => {
    expect(voteReward(1000n, 10, 1n, 3n)).toEqual({ total: 33n, voter: 16n, leader: 17n });
    expect(voteReward(1000n, 10, 3n, 3n)).toEqual({ total: 100n, voter: 50n, leader: 50n });
    expect(voteReward(1000n, 10, 1n, 0n)).toEqual({ total: 0n, voter: 0n, leader: 0n });
  });
});
