import { describe, expect, it } from 'vitest';
import { leaderPaidOnlyForIncluded } from '../../../properties/economics/leader-paid-only-for-included.ts';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import type { Ledger } from '../../../src/model/economics/ledger-types.ts';
import { smallInputs, smallParams } from '../../helpers/economics.ts';

describe('LeaderPaidOnlyForIncluded', () => {
  const censoring = { ...HONEST_BEHAVIOUR, censors: [1], censored: [3] };

  it('holds for honest, censoring and silent leaders', () => {
    for (const b of [HONEST_BEHAVIOUR, censoring, { ...HONEST_BEHAVIOUR, emptyAggregators: [2] }]) {
      expect(leaderPaidOnlyForIncluded.check(runLedger(smallParams(), smallInputs(), b))).toBeNull();
    }
  });

  it('fails when a censoring leader is paid for the votes it saw rather than those it posted', () => {
    const l = runLedger(smallParams(), smallInputs(), censoring);
    const honest = runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR);
    // The buggy ledger pays leader 1 its share for validator 3's votes, which it omitted.
    const seenShares = honest.payouts.filter((p) => p.role === 'leader' && p.to === 1 && p.forVoter === 3);
    const buggy: Ledger = { ...l, payouts: [...l.payouts, ...seenShares] };
    expect(leaderPaidOnlyForIncluded.check(buggy)).toBe(
      "leader 1 was paid for validator 3's vote in slot 1, which its aggregates do not include",
    );
  });

  it('fails when a slot is paid in a block other than its chain block of s + 8', () => {
    const l = runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR);
    const first = l.payouts[0];
    if (first === undefined) throw new Error('no payout');
    const buggy: Ledger = { ...l, payouts: [{ ...first, paidSlot: 13, rewardSlot: 5 }] };
    expect(leaderPaidOnlyForIncluded.check(buggy)).toBe(
      'slot 5 was paid in slot 13, which is not its chain block of slot 13',
    );
  });
});
