import type { NodeId, Slot } from '../../core/ids.ts';
import type { Aggregates } from './aggregates.ts';
import type { EconomicInputs } from './inputs.ts';
import type { EconomicParams } from './params.ts';

/** One epoch's economics: its inflation M, its admitted (stake) set, and how they were made. */
export interface EpochRecord {
  readonly epoch: number;
  /** M: computed from the supply when the epoch's first block on the chain was processed (epoch 0: the start). */
  readonly inflation: bigint;
  readonly admitted: readonly NodeId[];
  /** Σ stake of the admitted set: the denominator of every reward for a slot of this epoch. */
  readonly totalStake: bigint;
}

/**
 * One admission: the set admitted to `epoch`, computed at the first chain block of epoch − 1
 * (`atSlot`; null: from the start state, epochs 0 and 1) from the balances then, which
 * AdmissionRule recomputes it from. The last one of a run may be for an epoch the run never enters.
 */
export interface Admission {
  readonly epoch: number;
  readonly atSlot: Slot | null;
  readonly balances: readonly bigint[];
  readonly admitted: readonly NodeId[];
}

export interface Payout {
  readonly rewardSlot: Slot;
  readonly paidSlot: Slot;
  readonly leader: NodeId;
  readonly to: NodeId;
  /** voter: its ⌊r/2⌋; leader: r − ⌊r/2⌋ for the included vote of `forVoter`. */
  readonly role: 'voter' | 'leader';
  readonly forVoter: NodeId;
  readonly amount: bigint;
}

export interface Burn {
  /** The epoch the validator was admitted to (the VAT is its ticket). */
  readonly epoch: number;
  readonly slot: Slot;
  readonly from: NodeId;
  readonly amount: bigint;
  /** Whether the supply went down by it (it must: SupplyConservation). */
  readonly burned: boolean;
}

/** Everything a run's economics did, in order, for the properties to recheck. */
export interface Ledger {
  readonly params: EconomicParams;
  readonly inputs: EconomicInputs;
  readonly epochs: readonly EpochRecord[];
  readonly admissions: readonly Admission[];
  readonly aggregates: readonly Aggregates[];
  readonly payouts: readonly Payout[];
  readonly burns: readonly Burn[];
  readonly supplyStart: bigint;
  readonly supplyEnd: bigint;
  readonly balancesStart: readonly bigint[];
  readonly balancesEnd: readonly bigint[];
}
