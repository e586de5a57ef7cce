import { NUM_SLOTS_FOR_REWARD } from '../../src/model/economics/constants.ts';
import type { EconomicProperty } from './types.ts';

/**
 * The leader's share for slot s goes only to the leader of the block of slot s + 8 on the chain
 * (NUM_SLOTS_FOR_REWARD; no block there: nothing is paid for s), and only for voters its
 * aggregates name: a censoring leader loses the share of every voter it omits.
 */
export const leaderPaidOnlyForIncluded: EconomicProperty = {
  kind: 'economic',
  name: 'LeaderPaidOnlyForIncluded',
  reference: 'SIMD-0326 Rewards; reward_certificate.rs NUM_SLOTS_FOR_REWARD',
  description:
    'rewards for slot s are paid only in the chain block of slot s + 8, and its leader only for the voters its aggregates include',
  check(ledger) {
    const chain = new Map(ledger.inputs.blocks.filter((b) => b.onChain).map((b) => [b.slot, b]));
    const included = new Map(
      ledger.aggregates.map((a) => [a.paidSlot, new Set([...a.skipVoters, ...a.notarVoters])]),
    );
    for (const p of ledger.payouts) {
      const block = chain.get(p.paidSlot);
      if (p.paidSlot !== p.rewardSlot + NUM_SLOTS_FOR_REWARD || block === undefined) {
        return `slot ${p.rewardSlot} was paid in slot ${p.paidSlot}, which is not its chain block of slot ${p.rewardSlot + NUM_SLOTS_FOR_REWARD}`;
      }
      if (p.role !== 'leader') continue;
      if (p.to !== block.leader)
        return `validator ${p.to} got the leader's share for slot ${p.rewardSlot}; the leader of slot ${p.paidSlot} is ${block.leader}`;
      if (!included.get(p.paidSlot)?.has(p.forVoter)) {
        return `leader ${p.to} was paid for validator ${p.forVoter}'s vote in slot ${p.rewardSlot}, which its aggregates do not include`;
      }
    }
    return null;
  },
};
