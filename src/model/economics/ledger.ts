import type { NodeId, Slot } from '../../core/ids.ts';
import { type Aggregates, buildAggregates } from './aggregates.ts';
import type { RewardBehaviour } from './behaviour.ts';
import { NUM_SLOTS_FOR_REWARD, VAT_LAMPORTS } from './constants.ts';
import { epochInflationLamports } from './inflation.ts';
import type { EconomicInputs, ProducedBlock } from './inputs.ts';
import type { Admission, Burn, EpochRecord, Ledger, Payout } from './ledger-types.ts';
import { admissionMinimum, type EconomicParams, epochOf } from './params.ts';
import { type EconomicRules, RULES } from './rules.ts';

interface Books {
  supply: bigint;
  readonly balances: bigint[];
  readonly epochs: EpochRecord[];
  readonly admissions: Admission[];
  readonly payouts: Payout[];
  readonly burns: Burn[];
}

/**
 * The economics of one run, pure: the chain's blocks in slot order; at the first block of a new
 * epoch e, M_e from the supply then and the admitted set of e + 1 with its VAT burned
 * (runtime/src/bank.rs `update_epoch_stakes`, the leader-schedule epoch being e + 1 as in
 * SIMD-0357 step 1); then the block's aggregates for slot − 8, paid at once. Epochs 0 and 1 are
 * admitted from the start state without a VAT (genesis). Rewards are credited to the vote account
 * as lamports when the block is processed: the code records them as epoch credits and pays
 * lamports in the next epoch's partitioned distribution, which is not modelled.
 */
export function runLedger(
  params: EconomicParams,
  inputs: EconomicInputs,
  behaviour: RewardBehaviour,
  rules: EconomicRules = RULES,
): Ledger {
  const books: Books = {
    supply: params.supplyLamports,
    balances: [...params.balances],
    epochs: [],
    admissions: [],
    payouts: [],
    burns: [],
  };
  const genesis = admitFrom(params, rules, books.balances);
  for (const epoch of [0, 1])
    books.admissions.push({ epoch, atSlot: null, balances: [...books.balances], admitted: genesis });
  const inflation0 = epochInflationLamports(books.supply, params.inflationPpm, params.epochSlots);
  books.epochs.push(epochRecord(params, 0, inflation0, genesis));
  let pendingAdmitted = genesis;
  const aggregates: Aggregates[] = [];
  const chain = inputs.blocks.filter((b) => b.onChain).sort((a, b) => a.slot - b.slot);
  for (const block of chain) {
    for (let e = books.epochs.length; e <= epochOf(params, block.slot); e++) {
      // M_e from the parent's capitalization, before this boundary's burn (new_epoch_update_account).
      const inflation = epochInflationLamports(books.supply, params.inflationPpm, params.epochSlots);
      books.epochs.push(epochRecord(params, e, inflation, pendingAdmitted));
      pendingAdmitted = admitFrom(params, rules, books.balances);
      books.admissions.push({
        epoch: e + 1,
        atSlot: block.slot,
        balances: [...books.balances],
        admitted: pendingAdmitted,
      });
      burnVat(books, rules, pendingAdmitted, e + 1, block.slot);
    }
    const rewardSlot = block.slot - NUM_SLOTS_FOR_REWARD;
    if (rewardSlot < 1) continue;
    aggregates.push(claim(params, inputs, behaviour, rules, books, block, rewardSlot));
  }
  return {
    params,
    inputs,
    epochs: books.epochs,
    admissions: books.admissions,
    aggregates,
    payouts: books.payouts,
    burns: books.burns,
    supplyStart: params.supplyLamports,
    supplyEnd: books.supply,
    balancesStart: params.balances,
    balancesEnd: books.balances,
  };
}

function admitFrom(params: EconomicParams, rules: EconomicRules, balances: readonly bigint[]): NodeId[] {
  const candidates = params.stakes.map((stake, id) => ({ id, stake, balance: balances[id] ?? 0n }));
  return rules.admit(candidates, admissionMinimum(params), params.maxAdmitted);
}

function epochRecord(
  params: EconomicParams,
  epoch: number,
  inflation: bigint,
  admitted: readonly NodeId[],
): EpochRecord {
  const totalStake = admitted.reduce((sum, id) => sum + (params.stakes[id] ?? 0n), 0n);
  return { epoch, inflation, admitted, totalStake };
}

/** SIMD-0357 steps 5–6: the VAT leaves each admitted vote account and is burned (capitalization −= VAT). */
function burnVat(
  books: Books,
  rules: EconomicRules,
  admitted: readonly NodeId[],
  epoch: number,
  slot: Slot,
): void {
  for (const from of admitted) {
    books.balances[from] = (books.balances[from] ?? 0n) - VAT_LAMPORTS;
    if (rules.burnVat) books.supply -= VAT_LAMPORTS;
    books.burns.push({ epoch, slot, from, amount: VAT_LAMPORTS, burned: rules.burnVat });
  }
}

/**
 * Pays the aggregates `block` posts for `rewardSlot` (vote_reward.rs
 * `calculate_and_pay_voting_reward_and_update_vote_state`): per included voter r from the reward
 * slot's epoch (M, stake, total stake); the voter's half only if it is in the current epoch's set
 * ("present for reward_slot but absent for current_slot": not paid), the leader's half to the
 * block's leader if it is in both sets (its vote account is looked up in the reward slot's epoch
 * stakes, then paid in the current one).
 */
function claim(
  params: EconomicParams,
  inputs: EconomicInputs,
  behaviour: RewardBehaviour,
  rules: EconomicRules,
  books: Books,
  block: ProducedBlock,
  rewardSlot: Slot,
): Aggregates {
  const rewardEpoch = books.epochs[epochOf(params, rewardSlot)] as EpochRecord;
  const current = books.epochs[epochOf(params, block.slot)] as EpochRecord;
  const rankMap = new Set(rewardEpoch.admitted);
  const agg = buildAggregates(block, rewardSlot, inputs.sightings, rankMap, behaviour, rules);
  const listed = [...agg.skipVoters, ...agg.notarVoters];
  const payees = rules.payOncePerSlot ? [...new Set(listed)].sort((a, b) => a - b) : listed;
  const leaderPaid = rankMap.has(block.leader) && current.admitted.includes(block.leader);
  for (const voter of payees) {
    const r = rules.voteReward(
      rewardEpoch.inflation,
      params.epochSlots,
      params.stakes[voter] ?? 0n,
      rewardEpoch.totalStake,
    );
    const base = { rewardSlot, paidSlot: block.slot, leader: block.leader, forVoter: voter };
    if (current.admitted.includes(voter)) pay(books, { ...base, to: voter, role: 'voter', amount: r.voter });
    if (leaderPaid) pay(books, { ...base, to: block.leader, role: 'leader', amount: r.leader });
  }
  return agg;
}

function pay(books: Books, payout: Payout): void {
  books.balances[payout.to] = (books.balances[payout.to] ?? 0n) + payout.amount;
  books.supply += payout.amount;
  books.payouts.push(payout);
}
