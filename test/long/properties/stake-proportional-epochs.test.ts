import { describe, expect, it } from 'vitest';
import { checkStakeProportional } from '../../../properties/schedule/stake-proportional.ts';
import { SOLANA_SCHEDULE } from '../../../properties/schedule/types.ts';

// StakeProportional at full agave epochs: 432,000 slots = 108,000 windows per epoch, 100 epochs
// (10,800,000 draws), 30 validators with a heavy-tailed stake table (the largest 1,000 times the
// smallest, one of exactly 1%), α = 0.001 with Bonferroni over the 30.

const stakes = Array.from({ length: 29 }, (_, i) => BigInt(Math.round(1000 * 0.78 ** i) * 1_000_000_000));
const total = stakes.reduce((a, b) => a + b, 0n);
stakes.push(total / 99n); // 1% of the final total

describe('StakeProportional over 100 full epochs', () => {
  it('holds for Solana’s schedule at α = 0.001; a 1% validator leads about 1,080 ± 33 windows per epoch', () => {
    const epochs = Array.from({ length: 100 }, (_, i) => BigInt(900 + i));
    const r = checkStakeProportional({
      stakes,
      epochs,
      windowsPerEpoch: 108_000,
      significance: 0.001,
      algorithm: SOLANA_SCHEDULE,
    });
    expect(r.violation).toBeNull();
    expect(r.windows).toBe(10_800_000);
    const onePercent = r.per_validator[29];
    expect(onePercent?.stake_share).toBeCloseTo(0.01, 6);
    // 100 epochs: 108,000 expected, standard deviation √(10,800,000 · 0.01 · 0.99) ≈ 327.
    expect(Math.abs((onePercent?.windows_led ?? 0) - 108_000)).toBeLessThan(4 * 327);
    console.log(
      `StakeProportional, 100 epochs x 108,000 windows: largest deviation ${r.largest_deviation_sd.toFixed(2)} SD (validator ${r.largest_deviation_validator}), critical ${r.critical_z.toFixed(2)}`,
    );
  });
});
