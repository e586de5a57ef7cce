import type { NodeId } from '../../src/core/ids.ts';
import { MAINNET_SLOTS_PER_EPOCH, PPM, VAT_LAMPORTS } from '../../src/model/economics/constants.ts';
import { epochInflationLamports } from '../../src/model/economics/inflation.ts';
import type { Ledger } from '../../src/model/economics/ledger-types.ts';
import type { EconomicParams } from '../../src/model/economics/params.ts';

export function income(ledger: Ledger, ids: readonly NodeId[]): bigint {
  return ledger.payouts.reduce((sum, p) => (ids.includes(p.to) ? sum + p.amount : sum), 0n);
}

export function totalPaid(ledger: Ledger): bigint {
  return ledger.payouts.reduce((sum, p) => sum + p.amount, 0n);
}

export function totalBurned(ledger: Ledger): bigint {
  return ledger.burns.reduce((sum, b) => sum + b.amount, 0n);
}

/** a / b in parts per million, rounded down; null when b is 0. */
export function ppm(a: bigint, b: bigint): number | null {
  return b === 0n ? null : Number((a * PPM) / b);
}

/**
 * How often a double voter was in both aggregates of a slot, and what the implementation's list
 * would pay its leaders on top: vote_reward.rs adds the leader's r − ⌊r/2⌋ once per list entry,
 * so once more per such slot. (The voter's own two entries update copies of one vote-account
 * snapshot, and as we read `store_accounts` the last store wins: one increment survives.)
 */
export function doubleInclusions(
  ledger: Ledger,
  voter: NodeId,
): { times: number; extraLeaderLamports: bigint } {
  let times = 0;
  let extra = 0n;
  for (const a of ledger.aggregates) {
    if (!a.skipVoters.includes(voter) || !a.notarVoters.includes(voter)) continue;
    times++;
    const epoch = ledger.epochs[Math.floor(a.rewardSlot / ledger.params.epochSlots)];
    if (epoch === undefined || epoch.totalStake === 0n) continue;
    const r =
      (epoch.inflation * (ledger.params.stakes[voter] ?? 0n)) /
      (BigInt(ledger.params.epochSlots) * epoch.totalStake);
    extra += r - r / 2n;
  }
  return { times, extraLeaderLamports: extra };
}

/** Admitted validators that earned nothing for an epoch's slots (SIMD-0326 would remove them; the code does not). */
export function zeroEarners(ledger: Ledger): { epoch: number; validators: NodeId[] }[] {
  const claimed = new Set(ledger.aggregates.map((a) => Math.floor(a.rewardSlot / ledger.params.epochSlots)));
  return ledger.epochs
    .filter((e) => claimed.has(e.epoch))
    .map((e) => {
      const earned = new Set(
        ledger.payouts
          .filter((p) => Math.floor(p.rewardSlot / ledger.params.epochSlots) === e.epoch)
          .map((p) => p.to),
      );
      return { epoch: e.epoch, validators: e.admitted.filter((v) => !earned.has(v)) };
    })
    .filter((z) => z.validators.length > 0);
}

/**
 * Break-even stake: a validator always included, leading in proportion to its stake, earns about
 * M · stake / total per epoch (half as voter, half as leader), so the VAT is covered from
 * stake = VAT · total / M, a share VAT / M of the stake, whatever the total. At the configured
 * epoch length and at mainnet's 432,000 slots (the VAT is per epoch, so short epochs make it dear).
 */
export function breakEven(params: EconomicParams, inflation: bigint, totalStake: bigint) {
  const mainnet = epochInflationLamports(
    params.supplyLamports,
    params.inflationPpm,
    Number(MAINNET_SLOTS_PER_EPOCH),
  );
  return {
    stake_lamports:
      inflation === 0n ? null : ((VAT_LAMPORTS * totalStake + inflation - 1n) / inflation).toString(),
    stake_share_ppm: ppm(VAT_LAMPORTS, inflation),
    mainnet_epoch_inflation_lamports: mainnet.toString(),
    mainnet_stake_share_ppm: ppm(VAT_LAMPORTS, mainnet),
  };
}
