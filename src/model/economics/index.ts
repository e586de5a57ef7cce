export { admit, type Candidate } from './admission.ts';
export { type Aggregates, buildAggregates } from './aggregates.ts';
export { HONEST_BEHAVIOUR, type RewardBehaviour } from './behaviour.ts';
export * from './constants.ts';
export { DEFAULT_VOTE_BALANCE_LAMPORTS, economicParamsFromConfig } from './from-config.ts';
export { epochInflationLamports, type VoteReward, voteReward } from './inflation.ts';
export { type EconomicInputs, type ProducedBlock, type VoteSighting, withDoubleVoters } from './inputs.ts';
export { runLedger } from './ledger.ts';
export type { Admission, Burn, EpochRecord, Ledger, Payout } from './ledger-types.ts';
export {
  admissionMinimum,
  type EconomicParams,
  economicHorizonSlot,
  economicParams,
  epochOf,
} from './params.ts';
export { type EconomicRules, RULES } from './rules.ts';
