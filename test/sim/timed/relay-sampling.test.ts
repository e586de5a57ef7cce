import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { sampleRelays } from '../../../src/sim/timed/relay-sampling.ts';

describe('PS-P relay sampling (Def. 46)', () => {
  it('gives every validator floor(stake share × Γ) relay slots for sure', () => {
    const stakes = [50, 30, 15, 5];
    for (let i = 0; i < 50; i++) {
      const relays = sampleRelays(stakes, 10, rngFromSeed(`psp-${i}`));
      expect(relays).toHaveLength(10);
      expect(relays.filter((r) => r === 0).length).toBeGreaterThanOrEqual(5);
      expect(relays.filter((r) => r === 1).length).toBeGreaterThanOrEqual(3);
      expect(relays.filter((r) => r === 2).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('is deterministic in the seed and stake-proportional on average', () => {
    const stakes = [30, 25, 20, 15, 10];
    expect(sampleRelays(stakes, 8, rngFromSeed('a'))).toEqual(sampleRelays(stakes, 8, rngFromSeed('a')));
    const counts = [0, 0, 0, 0, 0];
    const rng = rngFromSeed('mean');
    for (let i = 0; i < 5000; i++)
      for (const r of sampleRelays(stakes, 8, rng)) counts[r] = (counts[r] ?? 0) + 1;
    for (const [v, c] of counts.entries()) expect(c / (5000 * 8)).toBeCloseTo((stakes[v] as number) / 100, 2);
  });

  it('with equal stakes and Γ = n gives each validator exactly one shred (no randomness left)', () => {
    expect(sampleRelays([1, 1, 1, 1, 1], 5, rngFromSeed('x')).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
