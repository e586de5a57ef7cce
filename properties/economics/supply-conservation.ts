import { lamports } from './recompute.ts';
import type { EconomicProperty } from './types.ts';

/**
 * Δsupply = rewards paid − VAT burned, exactly; and the vote accounts together change by the same.
 * Rewards are new issuance and the VAT leaves the supply (SIMD-0326 "VAT": "the whole VAT will be
 * burned"; runtime/src/bank.rs `burn_vat_from_staked_accounts` lowers the capitalization).
 *
 * The guide's StakeConservation (initial + rewards − slashed + fee_pool == initial) is wrong on
 * three counts: rewards are minted, so the total must grow by them rather than stay equal (it
 * fails on the first reward); nothing is slashed in Alpenglow (SIMD-0204 only verifies and logs
 * slashable events); and a fee pool moves lamports between accounts without changing the total,
 * so adding it counts fees twice. What leaves the supply is the burned VAT.
 */
export const supplyConservation: EconomicProperty = {
  kind: 'economic',
  name: 'SupplyConservation',
  reference: 'SIMD-0326 Rewards, VAT; SIMD-0357 steps 5-6',
  description:
    'the supply changes by exactly the rewards paid minus the VAT burned, and so do the vote accounts',
  check(ledger) {
    const paid = ledger.payouts.reduce((sum, p) => sum + p.amount, 0n);
    const burned = ledger.burns.reduce((sum, b) => sum + b.amount, 0n);
    const expected = paid - burned;
    const supplyDelta = ledger.supplyEnd - ledger.supplyStart;
    if (supplyDelta !== expected) {
      return `supply changed by ${lamports(supplyDelta)}, but rewards paid ${lamports(paid)} − VAT taken ${lamports(burned)} = ${lamports(expected)}`;
    }
    const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);
    const accountsDelta = sum(ledger.balancesEnd) - sum(ledger.balancesStart);
    if (accountsDelta !== expected) {
      return `vote accounts changed by ${lamports(accountsDelta)}, but rewards paid − VAT taken = ${lamports(expected)}`;
    }
    const negative = ledger.balancesEnd.findIndex((b) => b < 0n);
    return negative >= 0
      ? `validator ${negative}'s vote account is negative: ${lamports(ledger.balancesEnd[negative] as bigint)}`
      : null;
  },
};
