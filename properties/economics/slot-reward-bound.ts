import { epochAt, lamports } from './recompute.ts';
import type { EconomicProperty } from './types.ts';

/**
 * What one slot pays, voters' and leader's halves together, is at most M / N: Σ ⌊M·s_i/(N·T)⌋ ≤
 * M·Σs_i/(N·T) ≤ M/N as long as each admitted stake is counted once (SIMD-0326 "Rewards": T, the
 * target issuance per slot). Compared exactly: paid · N ≤ M.
 */
export const slotRewardBound: EconomicProperty = {
  kind: 'economic',
  name: 'SlotRewardBound',
  reference: 'SIMD-0326 Rewards (issuance per slot)',
  description:
    "a slot's rewards, voters' and leader's shares together, are at most the epoch's inflation / slots per epoch",
  check(ledger) {
    const perSlot = new Map<number, bigint>();
    for (const p of ledger.payouts) perSlot.set(p.rewardSlot, (perSlot.get(p.rewardSlot) ?? 0n) + p.amount);
    const n = BigInt(ledger.params.epochSlots);
    for (const [slot, paid] of [...perSlot].sort((a, b) => a[0] - b[0])) {
      const epoch = epochAt(ledger, slot);
      if (epoch === undefined) return `slot ${slot} paid ${lamports(paid)} without an epoch record`;
      if (paid * n > epoch.inflation) {
        return `slot ${slot} paid ${lamports(paid)}, more than M/N = ${epoch.inflation}/${n} (epoch ${epoch.epoch})`;
      }
    }
    return null;
  },
};
