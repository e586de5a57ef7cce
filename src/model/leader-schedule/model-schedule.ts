import type { AlpenglowConfig } from '../../core/config/index.ts';
import type { NodeId } from '../../core/ids.ts';
import { stakeWeightedWindowLeaders } from './stake-weighted.ts';

/** The leader-schedule part of a ModelConfig. */
export interface ModelSchedule {
  /** The epoch that seeded the stake-weighted schedule; null under round-robin. */
  readonly leaderScheduleEpoch: number | null;
  /** Stake-weighted: the leader of window w (slots wW+1..wW+W) for every window of the run; else absent. */
  readonly windowLeaders?: readonly NodeId[];
}

/**
 * The schedule a config asks for. Round-robin (`leader_schedule` "round_robin", the default, also
 * with the guide's `vrf_enabled: true`) needs nothing here: `leaderOf` rotates by `leaderOffset`.
 * Stake-weighted: Solana's draw for the epoch over every validator's stake (Byzantine and offline
 * validators are staked too), one draw per window. The model's window w is agave's w-th leader
 * window of the epoch: agave counts slots of an epoch from 0, the model from slot 1 after genesis.
 */
export function modelSchedule(
  config: AlpenglowConfig,
  stakes: readonly bigint[],
  windowSize: number,
  maxSlot: number,
  epochOverride: number | undefined,
): ModelSchedule {
  if (config.leader_schedule !== 'stake_weighted') return { leaderScheduleEpoch: null };
  const epoch = epochOverride ?? config.leader_schedule_epoch ?? 0;
  const windows = Math.ceil(maxSlot / windowSize);
  return {
    leaderScheduleEpoch: epoch,
    windowLeaders: stakeWeightedWindowLeaders(stakes, BigInt(epoch), windows),
  };
}
