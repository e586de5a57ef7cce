import { describe, expect, it } from 'vitest';
import { byzantineStakeShares, topStakeIds } from '../../../src/core/config/byzantine-by-stake.ts';
import { validateConfig } from '../../../src/core/config/index.ts';

const STAKES = { 0: 40, 1: 20, 2: 13, 3: 10, 4: 8, 5: 7, 6: 2 }; // total 100

describe('byzantine_top_stake', () => {
  it('takes the largest validators whose stake stays within the fraction (exact, ties by lower id)', () => {
    expect(topStakeIds([40n, 20n, 13n, 10n, 8n, 7n, 2n], 199_000n)).toEqual([2, 6]); // 40 and 20 do not fit, 13 does; 10, 8, 7 would pass 19.9, 2 fits (15%)
    expect(topStakeIds([10n, 10n, 10n, 10n, 10n], 200_000n)).toEqual([0]); // 10/50 = 20% exactly: fits
    expect(topStakeIds([10n, 10n, 10n, 10n, 10n], 199_999n)).toEqual([]);
    // Beyond 2^53: 2^60 + 1 is one unit above 20% of 5·2^60, which a float would round onto it.
    const big = 2n ** 60n;
    expect(topStakeIds([big + 1n, 4n * big - 1n], 200_000n)).toEqual([]);
    expect(topStakeIds([big, 4n * big], 200_000n)).toEqual([0]);
  });

  it('fills byzantine_validators and byzantine_count, so reports and rules see the set', () => {
    const v = validateConfig({
      validators: 7,
      offline_count: 0,
      stake_distribution: STAKES,
      byzantine_top_stake: 0.199,
    });
    expect(v.ok && [v.config.byzantine_validators, v.config.byzantine_count]).toEqual([[2, 6], 2]);
  });

  it('accepts byzantine_validators or byzantine_count that agree (a resolved config reloads)', () => {
    const v = validateConfig({
      validators: 7,
      offline_count: 0,
      stake_distribution: STAKES,
      byzantine_top_stake: 0.199,
      byzantine_validators: [6, 2],
      byzantine_count: 2,
    });
    expect(v.ok).toBe(true);
  });

  it('names each conflicting field in one line', () => {
    const v = validateConfig({
      validators: 7,
      offline_count: 0,
      stake_distribution: STAKES,
      byzantine_top_stake: 0.199,
      byzantine_validators: [5],
      byzantine_count: 1,
    });
    expect(v.ok ? [] : v.problems).toEqual([
      {
        field: 'byzantine_validators',
        message: 'conflicts with byzantine_top_stake (0.199) names validators 2, 6: give one of them',
      },
      {
        field: 'byzantine_count',
        message: 'conflicts with byzantine_top_stake (0.199) names validators 2, 6 (2): give one of them',
      },
    ]);
  });

  it('refuses a fraction outside [0, 1) or with more than 6 decimals', () => {
    for (const bad of [1, -0.1, 0.1234567, '0.2']) {
      const v = validateConfig({ byzantine_top_stake: bad });
      expect(v.ok ? [] : v.problems.map((p) => p.field)).toEqual(['byzantine_top_stake']);
    }
  });

  it('reports each Byzantine id with its stake share', () => {
    expect(byzantineStakeShares([40, 20, 13, 10, 8, 7, 2], [2, 5])).toEqual({
      validators: [
        { id: 2, stake_percent: 13 },
        { id: 5, stake_percent: 7 },
      ],
      stake_percent: 20,
    });
  });
});
