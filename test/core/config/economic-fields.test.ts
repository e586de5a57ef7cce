import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/config/index.ts';
import { economicParamsFromConfig } from '../../../src/model/economics/from-config.ts';

function problems(raw: unknown): string[] {
  const r = validateConfig(raw);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
}

describe('economics config fields (issue 14)', () => {
  it('accepts them and turns them into exact lamports', () => {
    const r = validateConfig({
      validators: 3,
      byzantine_count: 0,
      offline_count: 0,
      epoch_slots: 32,
      economic_epochs: 2,
      supply_lamports: '9007199254740993000',
      validator_inflation_rate: 0.045,
      stake_unit_lamports: 7,
      stake_distribution: { 0: 1, 1: 2, 2: 3 },
      vote_balances: { 1: 0 },
      vat_requires_rent: true,
      reward_censors: [0],
      reward_censored: [2],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = economicParamsFromConfig(r.config);
    expect(p.supplyLamports).toBe(9_007_199_254_740_993_000n);
    expect(p.inflationPpm).toBe(45_000n);
    expect(p.stakes).toEqual([7n, 14n, 21n]);
    expect(p.balances).toEqual([10_000_000_000n, 0n, 10_000_000_000n]);
    expect(p.rentInAdmission).toBe(true);
  });

  it('refuses bad values, one line each naming the field', () => {
    expect(
      problems({
        validators: 3,
        byzantine_count: 0,
        offline_count: 0,
        epoch_slots: 7,
        supply_lamports: '12a',
        validator_inflation_rate: 1,
        vote_balances: { 3: 5, 0: -1 },
        reward_censors: [5],
      }),
    ).toEqual([
      'supply_lamports: must be a positive integer of lamports (a decimal string, or a number up to 2^53), got "12a"',
      'validator_inflation_rate: must be a number with 0 <= value < 1, got 1',
      'epoch_slots: must be >= 8 (rewards are claimed 8 slots later), got 7',
      'vote_balances.0: must be an integer of lamports >= 0, got -1',
      'vote_balances.3: must be a validator id 0..2',
      'reward_censors: must name validator ids below validators (3)',
      'reward_censors: reward_censors and reward_censored go together (set both or neither)',
    ]);
  });
});
