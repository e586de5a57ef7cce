import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../properties/schedule/normal-quantile.ts';
import { checkStakeProportional } from '../../../properties/schedule/stake-proportional.ts';
import { SOLANA_SCHEDULE } from '../../../properties/schedule/types.ts';
import { CUMULATIVE_OFF_BY_ONE, UNIFORM_OVER_LISTED } from './buggy-schedules.ts';

const epochs = Array.from({ length: 20 }, (_, i) => BigInt(1000 + i));
const run = (stakes: bigint[], algorithm = SOLANA_SCHEDULE) =>
  checkStakeProportional({ stakes, epochs, windowsPerEpoch: 250, significance: 0.001, algorithm });

describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959963985],
    [0.999, 3.090232306],
    [0.5, 0],
    [1e-6, -4.753424309],
  ])('Φ⁻¹(%f) = %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });
});

describe('StakeProportional (α = 0.001 over 20 epochs of 250 windows)', () => {
  it('holds for Solana’s schedule and reports the deviation in standard deviations', () => {
    const r = run([10n, 20n, 30n, 40n]);
    expect(r.violation).toBeNull();
    expect(r.windows).toBe(5000);
    expect(r.per_validator.reduce((a, v) => a + v.windows_led, 0)).toBe(5000);
    expect(r.largest_deviation_sd).toBeLessThan(r.critical_z);
    expect(r.critical_z).toBeCloseTo(normalQuantile(1 - 0.001 / 8), 9);
    expect(r.normal_approximation_ok).toBe(true);
  });
  it('fails for the cumulative search off by one (a biased draw)', () => {
    expect(run([1n, 1n, 1n, 1n], CUMULATIVE_OFF_BY_ONE).violation).toMatch(
      /^validator \d led \d+ of 5000 windows, -?\d+\.\d\d standard deviations from its stake share/,
    );
  });
  it('fails for a draw that ignores stake', () => {
    expect(run([1n, 2n, 3n, 10n], UNIFORM_OVER_LISTED).violation).toMatch(/standard deviations/);
  });
  it('a single validator leads every window and has no variance to test', () => {
    const r = run([5n]);
    expect(r.violation).toBeNull();
    expect(r.per_validator[0]?.z).toBeNull();
  });
});
