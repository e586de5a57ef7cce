import { describe, expect, it } from 'vitest';
import { admit } from '../../../src/model/economics/admission.ts';
import { VAT_LAMPORTS, VOTE_ACCOUNT_RENT_EXEMPT_LAMPORTS } from '../../../src/model/economics/constants.ts';
import { admissionMinimum } from '../../../src/model/economics/params.ts';

const rich = 10n * VAT_LAMPORTS;

describe('admit (SIMD-0357 steps 3-4, vote_account.rs clone_and_filter_for_alpenglow)', () => {
  it('keeps staked, funded validators; drops zero stake and a balance below the VAT', () => {
    const c = [
      { id: 0, stake: 5n, balance: rich },
      { id: 1, stake: 0n, balance: rich },
      { id: 2, stake: 5n, balance: VAT_LAMPORTS - 1n },
      { id: 3, stake: 1n, balance: VAT_LAMPORTS },
    ];
    expect(admit(c, VAT_LAMPORTS, 2000)).toEqual([0, 3]);
  });

  it('at the cap excludes every validator tied with the first one left out (no tiebreak)', () => {
    const c = [40n, 30n, 30n, 10n].map((stake, id) => ({ id, stake, balance: rich }));
    expect(admit(c, VAT_LAMPORTS, 2)).toEqual([0]);
    expect(admit(c, VAT_LAMPORTS, 3)).toEqual([0, 1, 2]);
    expect(admit(c, VAT_LAMPORTS, 4)).toEqual([0, 1, 2, 3]);
  });

  it('2,001 equal validators with a cap of 2,000: none is admitted (the code warns and keeps the empty set)', () => {
    const c = Array.from({ length: 2001 }, (_, id) => ({ id, stake: 7n, balance: rich }));
    expect(admit(c, VAT_LAMPORTS, 2000)).toEqual([]);
  });

  it('the rent switch: exactly the VAT is enough for the code, not for the SIMD', () => {
    expect(VOTE_ACCOUNT_RENT_EXEMPT_LAMPORTS).toBe(27_074_400n);
    const c = [{ id: 0, stake: 1n, balance: VAT_LAMPORTS }];
    expect(admit(c, admissionMinimum({ rentInAdmission: false }), 2000)).toEqual([0]);
    expect(admit(c, admissionMinimum({ rentInAdmission: true }), 2000)).toEqual([]);
  });
});
