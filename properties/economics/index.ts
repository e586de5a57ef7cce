import { admissionRule } from './admission-rule.ts';
import { leaderPaidOnlyForIncluded } from './leader-paid-only-for-included.ts';
import { noRewardWithoutVote } from './no-reward-without-vote.ts';
import { rewardFormula } from './reward-formula.ts';
import { rewardOncePerSlot } from './reward-once-per-slot.ts';
import { slotRewardBound } from './slot-reward-bound.ts';
import { supplyConservation } from './supply-conservation.ts';
import type { EconomicProperty } from './types.ts';

/** The money properties economic_model judges on every ledger it builds (issue 14). */
export const ECONOMIC_PROPERTIES: readonly EconomicProperty[] = [
  supplyConservation,
  slotRewardBound,
  noRewardWithoutVote,
  rewardOncePerSlot,
  rewardFormula,
  leaderPaidOnlyForIncluded,
  admissionRule,
];

export type { EconomicProperty } from './types.ts';
