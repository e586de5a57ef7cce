import { assert } from '../core/assert.ts';
import type { AlpenglowConfig, ByzantineStrategyName, ProtocolName } from '../core/config/index.ts';
import type { NodeId } from '../core/ids.ts';
import { LIMITS, PPM } from '../core/limits.ts';
import { fractionToPpm, quorumStake } from '../core/stake.ts';
import { type ByzantineStrategy, STRATEGIES } from './byzantine/strategies.ts';
import { type ModelSchedule, modelSchedule } from './leader-schedule/model-schedule.ts';
import { type ProtocolRules, protocolRules } from './protocol-rules.ts';

export type Role = 'honest' | 'offline' | 'byzantine';

/** Stake amounts that meet each threshold of the reference (§1), precomputed exactly (bigint, as stakes). */
export interface Quorums {
  /** F: fast-finalization certificates. */
  readonly fast: bigint;
  /** S: notarization, notar-fallback, skip and finalization certificates. */
  readonly slow: bigint;
  /** S − f with f = 1 − F: SafeToNotar's first clause and SafeToSkip ("40%"). */
  readonly fallback: bigint;
  /** f = 1 − F: SafeToNotar's minimum own-block support ("20%"). */
  readonly minOwn: bigint;
}

/** Everything the model needs, resolved from a config: no defaults or randomness left. */
export interface ModelConfig extends ModelSchedule {
  readonly validatorCount: number;
  /** Exact stake per validator id, in the config's unit (lamports for a real validator set: above 2^53). */
  readonly stakes: readonly bigint[];
  readonly totalStake: bigint;
  readonly roles: readonly Role[];
  /** Correct and online validators, ascending. */
  readonly honest: readonly NodeId[];
  readonly byzantine: readonly NodeId[];
  readonly windowSize: number;
  /** Highest slot a run may reach (`max_rounds`). */
  readonly maxSlot: number;
  /** Rotation of the round-robin leader schedule (unused when `windowLeaders` is set). */
  readonly leaderOffset: number;
  readonly fastPpm: number;
  readonly slowPpm: number;
  readonly quorum: Quorums;
  readonly strategy: ByzantineStrategy;
  /** The variant the config names (`protocol`) and the rules it applies (protocol-rules.ts). */
  readonly protocol: ProtocolName;
  readonly rules: ProtocolRules;
  /**
   * Standstill (paper §3.3, both variants): whether a node re-broadcasts on a `standstill` input
   * (`standstill_rebroadcast`; off only to show what breaks without it). Only the timed simulator
   * gives that input: its clock says when a standstill began.
   */
  readonly rebroadcastOnStandstill: boolean;
}

export interface ModelConfigOptions {
  /** Overrides `leader_offset` (generators explore it); otherwise the config's value or 0. */
  leaderOffset?: number;
  /** Overrides `leader_schedule_epoch` under the stake-weighted schedule (generators explore it). */
  epoch?: number;
  /** Overrides `max_rounds` (drivers bound the horizon they can cover). */
  maxSlot?: number;
  strategy?: ByzantineStrategyName;
}

export function buildModelConfig(config: AlpenglowConfig, options: ModelConfigOptions = {}): ModelConfig {
  const n = config.validators;
  // BigInt of a validated entry: a safe integer or a decimal string, never a rounded number.
  const stakes = Array.from({ length: n }, (_, i) => BigInt(config.stake_distribution?.[String(i)] ?? 1));
  const totalStake = stakes.reduce((a, b) => a + b, 0n);
  const byzantine = config.byzantine_validators ?? highestIds(n, config.byzantine_count, []);
  const offline = config.offline_validators ?? highestIds(n, config.offline_count, byzantine);
  const roles: Role[] = stakes.map((_, i) =>
    byzantine.includes(i) ? 'byzantine' : offline.includes(i) ? 'offline' : 'honest',
  );
  const fastPpm = fractionToPpm(config.fast_path_threshold);
  const slowPpm = fractionToPpm(config.slow_path_threshold);
  const byzantineBoundPpm = PPM - fastPpm;
  const maxSlot = options.maxSlot ?? config.max_rounds;
  // A config object from before the field (not passed through validateConfig) means the paper.
  const protocol = config.protocol ?? 'whitepaper';
  assert(maxSlot >= 1 && maxSlot <= LIMITS.maxSlots, `maxSlot ${maxSlot} out of range`);
  return {
    validatorCount: n,
    stakes,
    totalStake,
    roles,
    honest: roles.flatMap((r, i) => (r === 'honest' ? [i] : [])),
    byzantine: roles.flatMap((r, i) => (r === 'byzantine' ? [i] : [])),
    windowSize: config.leader_window_size,
    maxSlot,
    leaderOffset: (options.leaderOffset ?? config.leader_offset ?? 0) % n,
    fastPpm,
    slowPpm,
    quorum: {
      fast: quorumStake(totalStake, fastPpm),
      slow: quorumStake(totalStake, slowPpm),
      fallback: quorumStake(totalStake, Math.max(0, slowPpm - byzantineBoundPpm)),
      minOwn: quorumStake(totalStake, byzantineBoundPpm),
    },
    strategy: STRATEGIES[options.strategy ?? (config.byzantine_strategy as ByzantineStrategyName)],
    protocol,
    rules: protocolRules(protocol),
    rebroadcastOnStandstill: config.standstill_rebroadcast ?? true,
    ...modelSchedule(config, stakes, config.leader_window_size, maxSlot, options.epoch),
  };
}

/** Default placement (design.md §5): Byzantine are the highest ids, offline the ids just below. */
function highestIds(n: number, count: number, taken: readonly number[]): number[] {
  const ids: number[] = [];
  for (let id = n - 1; id >= 0 && ids.length < count; id--) {
    if (!taken.includes(id)) ids.push(id);
  }
  return ids.sort((a, b) => a - b);
}
