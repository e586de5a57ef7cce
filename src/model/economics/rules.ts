import type { VoteKind } from '../messages.ts';
import { admit } from './admission.ts';
import { voteReward } from './inflation.ts';

/**
 * The rules the ledger applies, as one object so a test can swap one for a plausible bug and see
 * the properties report it (test/properties/economics/). The real rules are RULES.
 */
export interface EconomicRules {
  /** Which votes earn: Notar and Skip only (votor/src/consensus_rewards.rs `wants_vote`). */
  readonly earns: (kind: VoteKind) => boolean;
  readonly voteReward: typeof voteReward;
  readonly admit: typeof admit;
  /**
   * Pay a validator once per reward slot even when it is in both aggregates. The code appends the
   * skip and notar validator lists (votor/src/consensus_rewards/entry.rs `build_certs`,
   * runtime/src/validated_reward_certificate.rs `try_new`) and pays per entry (vote_reward.rs); the
   * model pays once, and RewardOncePerSlot checks it (false: the implementation's list, literally).
   */
  readonly payOncePerSlot: boolean;
  /** The VAT taken from a vote account leaves the supply (runtime/src/bank.rs `burn_vat_from_staked_accounts`). */
  readonly burnVat: boolean;
  /** An aggregate names only voters whose signed vote the leader holds (validated_reward_certificate.rs `verify_base2`). */
  readonly verifiesSignatures: boolean;
}

export const RULES: EconomicRules = {
  earns: (kind) => kind === 'notar' || kind === 'skip',
  voteReward,
  admit,
  payOncePerSlot: true,
  burnVat: true,
  verifiesSignatures: true,
};
