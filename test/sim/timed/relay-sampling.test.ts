import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { sampleRelays, uniformBelow } from '../../../src/sim/timed/relay-sampling.ts';

describe('PS-P relay sampling (Def. 46)', () => {
  it('gives every validator floor(stake share × Γ) relay slots for sure', () => {
    const stakes = [50n, 30n, 15n, 5n];
    for (let i = 0; i < 50; i++) {
      const relays = sampleRelays(stakes, 10, rngFromSeed(`psp-${i}`));
      expect(relays).toHaveLength(10);
      expect(relays.filter((r) => r === 0).length).toBeGreaterThanOrEqual(5);
      expect(relays.filter((r) => r === 1).length).toBeGreaterThanOrEqual(3);
      expect(relays.filter((r) => r === 2).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('is deterministic in the seed and stake-proportional on average', () => {
    const stakes = [30n, 25n, 20n, 15n, 10n];
    expect(sampleRelays(stakes, 8, rngFromSeed('a'))).toEqual(sampleRelays(stakes, 8, rngFromSeed('a')));
    const counts = [0, 0, 0, 0, 0];
    const rng = rngFromSeed('mean');
    for (let i = 0; i < 5000; i++)
      for (const r of sampleRelays(stakes, 8, rng)) counts[r] = (counts[r] ?? 0) + 1;
    for (const [v, c] of counts.entries()) expect(c / (5000 * 8)).toBeCloseTo(Number(stakes[v]) / 100, 2);
  });

  it('with equal stakes and Γ = n gives each validator exactly one shred (no randomness left)', () => {
    expect(sampleRelays([1n, 1n, 1n, 1n, 1n], 5, rngFromSeed('x')).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('PS-P relay sampling with lamport stakes (beyond 2^53)', () => {
  // Epoch 780's three largest stakes and a small one: their total is far above 2^53.
  const lamports = [13_780_932_133_472_796n, 12_396_545_643_893_238n, 9_631_570_295_815_061n, 1n];

  it('guarantees floor(share × Γ) slots exactly and stays deterministic', () => {
    const relays = sampleRelays(lamports, 32, rngFromSeed('big'));
    expect(relays).toHaveLength(32);
    expect(relays).toEqual(sampleRelays(lamports, 32, rngFromSeed('big')));
    const total = lamports.reduce((a, b) => a + b, 0n);
    for (const [id, stake] of lamports.entries()) {
      const floor = Number((stake * 32n) / total);
      expect(relays.filter((r) => r === id).length).toBeGreaterThanOrEqual(floor);
    }
  });

  it('draws as rng.int up to 2^53 (small configs keep their traces) and in range above', () => {
    const a = rngFromSeed('u');
    const b = rngFromSeed('u');
    for (const max of [1, 7, 100, 9_000_000_000, Number.MAX_SAFE_INTEGER])
      expect(uniformBelow(a, BigInt(max))).toBe(BigInt(b.int(max)));
    const big = 389_812_284_416_434_197n;
    const rng = rngFromSeed('big-draws');
    let high = false;
    for (let i = 0; i < 200; i++) {
      const x = uniformBelow(rng, big);
      expect(x >= 0n && x < big).toBe(true);
      high ||= x > BigInt(Number.MAX_SAFE_INTEGER) * 20n;
    }
    expect(high).toBe(true); // the upper bits are drawn too, not only a double's 53
  });
});
