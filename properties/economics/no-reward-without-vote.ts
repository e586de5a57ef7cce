import { earningVoteSteps } from './recompute.ts';
import type { EconomicProperty } from './types.ts';

/**
 * Every payment for slot s, to the voter or to the leader for it, rests on a Notar or Skip vote of
 * that voter for s that the paying leader held before it produced its block. NotarFallback,
 * SkipFallback and Final earn nothing (votor/src/consensus_rewards.rs `wants_vote`), and a
 * validator whose vote the leader never got cannot be in the aggregate (its signature is missing).
 */
export const noRewardWithoutVote: EconomicProperty = {
  kind: 'economic',
  name: 'NoRewardWithoutVote',
  reference: 'SIMD-0326 Rewards; consensus_rewards.rs wants_vote',
  description:
    'every reward rests on a Notar or Skip vote for the slot that the paying leader held before its block',
  check(ledger) {
    const held = earningVoteSteps(ledger);
    const blockStep = new Map(
      ledger.inputs.blocks.filter((b) => b.onChain).map((b) => [`${b.slot}/${b.leader}`, b.step]),
    );
    for (const p of ledger.payouts) {
      const step = blockStep.get(`${p.paidSlot}/${p.leader}`);
      const first = held.get(`${p.leader}/${p.rewardSlot}/${p.forVoter}`);
      if (step === undefined || first === undefined || first >= step) {
        return `validator ${p.to} was paid ${p.amount} lamports (${p.role}) for slot ${p.rewardSlot}, but leader ${p.leader} held no Notar or Skip vote of validator ${p.forVoter} for it before its block of slot ${p.paidSlot}`;
      }
    }
    return null;
  },
};
