import type { NodeId } from '../../src/core/ids.ts';
import { epochAt, rewardOf } from './recompute.ts';
import type { EconomicProperty } from './types.ts';

/**
 * Every payment is the formula, recomputed: r = ⌊M · stake / (N · total)⌋ with M, the stake and the
 * total of the reward slot's epoch; ⌊r/2⌋ to the voter if it is admitted in the paying slot's
 * epoch, r − ⌊r/2⌋ to the leader if it is admitted in both (vote_reward.rs `calculate_reward`,
 * `calculate_and_pay_voting_reward_and_update_vote_state`). And every included voter's payments
 * are there: a payment missing is as wrong as one too large.
 */
export const rewardFormula: EconomicProperty = {
  kind: 'economic',
  name: 'RewardFormula',
  reference: 'SIMD-0326 Rewards; vote_reward.rs calculate_reward',
  description:
    "every payment equals ⌊r/2⌋ (voter) or r − ⌊r/2⌋ (leader), r = ⌊M·stake/(N·total stake)⌋ of the reward slot's epoch",
  check(ledger) {
    const paid = new Map<string, bigint>();
    for (const p of ledger.payouts) paid.set(`${p.rewardSlot}/${p.role}/${p.forVoter}/${p.to}`, p.amount);
    const expected = new Map<string, bigint>();
    for (const a of ledger.aggregates) {
      const rewardEpoch = epochAt(ledger, a.rewardSlot);
      const current = epochAt(ledger, a.paidSlot);
      if (rewardEpoch === undefined || current === undefined)
        return `slot ${a.paidSlot} paid without an epoch record`;
      const leaderPaid = rewardEpoch.admitted.includes(a.leader) && current.admitted.includes(a.leader);
      for (const voter of new Set<NodeId>([...a.skipVoters, ...a.notarVoters])) {
        const r = rewardOf(ledger, rewardEpoch, voter);
        if (current.admitted.includes(voter)) expected.set(`${a.rewardSlot}/voter/${voter}/${voter}`, r / 2n);
        if (leaderPaid) expected.set(`${a.rewardSlot}/leader/${voter}/${a.leader}`, r - r / 2n);
      }
    }
    for (const p of ledger.payouts) {
      const want = expected.get(`${p.rewardSlot}/${p.role}/${p.forVoter}/${p.to}`);
      if (want !== p.amount) {
        return `validator ${p.to} got ${p.amount} lamports (${p.role}, for validator ${p.forVoter}'s vote in slot ${p.rewardSlot}); the formula gives ${want ?? 'nothing'}`;
      }
    }
    for (const [key, want] of expected) {
      if (want > 0n && !paid.has(key))
        return `payment ${key} (slot/role/voter/to) of ${want} lamports is missing`;
    }
    return null;
  },
};
