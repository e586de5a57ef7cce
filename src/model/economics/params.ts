import type { NodeId, Slot } from '../../core/ids.ts';
import {
  MAX_ADMITTED_VALIDATORS,
  NUM_SLOTS_FOR_REWARD,
  VAT_LAMPORTS,
  VOTE_ACCOUNT_RENT_EXEMPT_LAMPORTS,
} from './constants.ts';

/**
 * What the economics of one run start from, in lamports (bigint: supply and stakes exceed 2^53).
 * Stakes do not change during a run (no stake activation or deactivation is modelled).
 */
export interface EconomicParams {
  /** N: slots per epoch (epoch e holds slots e·N .. e·N + N − 1, genesis slot 0 in epoch 0). */
  readonly epochSlots: number;
  /** Epochs whose every slot a run can claim rewards for. */
  readonly epochs: number;
  readonly supplyLamports: bigint;
  /** Yearly validator inflation rate in parts per million. */
  readonly inflationPpm: bigint;
  /** Delegated stake per validator (0: not staked). */
  readonly stakes: readonly bigint[];
  /** Vote account balance per validator at the start. */
  readonly balances: readonly bigint[];
  /** Admission needs VAT + rent (SIMD-0357) instead of the VAT alone (the code). */
  readonly rentInAdmission: boolean;
  /** 2,000 in the protocol; tests lower it to check the tie rule without 2,001 validators. */
  readonly maxAdmitted: number;
}

export function epochOf(params: Pick<EconomicParams, 'epochSlots'>, slot: Slot): number {
  return Math.floor(slot / params.epochSlots);
}

/** The balance a vote account needs to be admitted (vote/src/vote_account.rs; SIMD-0357 step 3). */
export function admissionMinimum(params: Pick<EconomicParams, 'rentInAdmission'>): bigint {
  return params.rentInAdmission ? VAT_LAMPORTS + VOTE_ACCOUNT_RENT_EXEMPT_LAMPORTS : VAT_LAMPORTS;
}

/** The highest slot a run needs: every slot of its epochs, plus the 8 slots that claim the last ones. */
export function economicHorizonSlot(params: Pick<EconomicParams, 'epochSlots' | 'epochs'>): Slot {
  return params.epochs * params.epochSlots + NUM_SLOTS_FOR_REWARD - 1;
}

export interface EconomicParamsInput {
  readonly epochSlots: number;
  readonly epochs: number;
  readonly supplyLamports: bigint;
  readonly inflationPpm: bigint;
  readonly stakes: readonly bigint[];
  readonly balances: readonly bigint[];
  readonly rentInAdmission?: boolean;
  readonly maxAdmitted?: number;
}

export function economicParams(p: EconomicParamsInput): EconomicParams {
  return { rentInAdmission: false, maxAdmitted: MAX_ADMITTED_VALIDATORS, ...p };
}

/** Validator ids 0..n−1 of a params object. */
export function validatorIds(params: Pick<EconomicParams, 'stakes'>): NodeId[] {
  return params.stakes.map((_, i) => i);
}
