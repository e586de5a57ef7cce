import type { EconomicProperty } from './types.ts';

/**
 * A validator is paid at most once per reward slot as a voter, and its leader at most once for it.
 * A double voter (Notar and Skip for one slot, "a provable offence", SIMD-0326 "Rewards") is in
 * both aggregates: the code appends the skip and the notar validator lists
 * (votor/src/consensus_rewards/entry.rs `build_certs`; runtime/src/validated_reward_certificate.rs
 * `try_new` pushes the signers of both bitmaps) and vote_reward.rs pays per entry, so whether it
 * is paid twice is a real question; the model pays once.
 */
export const rewardOncePerSlot: EconomicProperty = {
  kind: 'economic',
  name: 'RewardOncePerSlot',
  reference: 'SIMD-0326 Rewards; entry.rs build_certs (both lists appended)',
  description: 'a validator in both aggregates of a slot is paid once, and its leader once for it',
  check(ledger) {
    const seen = new Set<string>();
    for (const p of ledger.payouts) {
      const key = `${p.rewardSlot}/${p.role}/${p.forVoter}`;
      if (seen.has(key)) {
        return p.role === 'voter'
          ? `validator ${p.to} was paid twice as a voter for slot ${p.rewardSlot}`
          : `leader ${p.to} was paid twice for validator ${p.forVoter}'s vote in slot ${p.rewardSlot}`;
      }
      seen.add(key);
    }
    return null;
  },
};
