import type { NodeId, Slot } from '../../src/core/ids.ts';
import type { EpochRecord, Ledger } from '../../src/model/economics/ledger-types.ts';

/** The record of the epoch `slot` is in (epoch e: slots e·N .. e·N + N − 1). */
export function epochAt(ledger: Ledger, slot: Slot): EpochRecord | undefined {
  return ledger.epochs[Math.floor(slot / ledger.params.epochSlots)];
}

/** r = ⌊M · stake / (N · total_stake)⌋ (SIMD-0326 "Rewards"; vote_reward.rs `calculate_reward`), recomputed. */
export function rewardOf(ledger: Ledger, epoch: EpochRecord, voter: NodeId): bigint {
  const stake = ledger.params.stakes[voter] ?? 0n;
  const denominator = BigInt(ledger.params.epochSlots) * epoch.totalStake;
  return denominator === 0n ? 0n : (epoch.inflation * stake) / denominator;
}

export function lamports(x: bigint): string {
  return `${x.toString()} lamports`;
}

/**
 * The first input step at which `seer` held a Notar or Skip vote of `voter` for `slot`, per key
 * `seer/slot/voter`: what an aggregate can carry (only those two kinds earn, consensus_rewards.rs).
 */
export function earningVoteSteps(ledger: Ledger): Map<string, number> {
  const first = new Map<string, number>();
  for (const s of ledger.inputs.sightings) {
    if (s.kind !== 'notar' && s.kind !== 'skip') continue;
    const key = `${s.seer}/${s.slot}/${s.voter}`;
    const old = first.get(key);
    if (old === undefined || s.step < old) first.set(key, s.step);
  }
  return first;
}
