import fc from 'fast-check';
import { type AlpenglowConfig, DEFAULT_CONFIG, PROTOCOL_NAMES } from '../src/core/config/index.ts';
import { BYZANTINE_STRATEGY_NAMES } from '../src/core/config/strategies.ts';
import { stakeDistributionArb } from './stake.ts';

export interface ConfigSpace {
  readonly minValidators: number;
  readonly maxValidators: number;
  readonly fastThreshold: number;
  readonly slowThreshold: number;
  /** Byzantine stake must be strictly below this share of total stake (e.g. 0.2 = 1 − F). */
  readonly byzantineShareBelow: number;
  readonly unequalStake: boolean;
}

/** The white paper's assumption: F = 0.8, S = 0.6, Byzantine stake strictly below 20%. */
export const WHITEPAPER_SPACE: ConfigSpace = {
  minValidators: 4,
  maxValidators: 7,
  fastThreshold: 0.8,
  slowThreshold: 0.6,
  byzantineShareBelow: 0.2,
  unequalStake: true,
};

/**
 * Configurations inside a config space: validator count, stakes, which validators are Byzantine
 * (kept strictly below the share, compared in integers), their strategy, the protocol variant, and the leader window
 * size with `max_rounds` reaching into the second window. Offline validators are
 * not generated here: crashes change liveness, not safety, and a silent Byzantine covers them.
 */
export function configArb(space: ConfigSpace): fc.Arbitrary<AlpenglowConfig> {
  return fc.integer({ min: space.minValidators, max: space.maxValidators }).chain((n) =>
    fc
      .record({
        stakes: space.unequalStake
          ? fc.option(stakeDistributionArb(n), { nil: null })
          : fc.constant<Record<string, number> | null>(null),
        byzantine: fc.subarray(
          Array.from({ length: n }, (_, i) => i),
          { maxLength: Math.floor((n - 1) / 3) },
        ),
        strategy: fc.constantFrom(...BYZANTINE_STRATEGY_NAMES),
        windowSize: fc.constantFrom(1, 2, 4),
        // Both variants (src/model/protocol-rules.ts): the paper's safety argument must hold for
        // the rules that ship too.
        protocol: fc.constantFrom(...PROTOCOL_NAMES),
      })
      .filter(({ stakes, byzantine }) => byzantineShareOk(n, stakes, byzantine, space.byzantineShareBelow))
      .map(({ stakes, byzantine, strategy, windowSize, protocol }) => ({
        ...DEFAULT_CONFIG,
        protocol,
        validators: n,
        byzantine_count: byzantine.length,
        offline_count: 0,
        byzantine_validators: byzantine,
        offline_validators: [],
        stake_distribution: stakes,
        byzantine_strategy: strategy,
        // At least two windows, the second with two slots: with one window the only ParentReady
        // is genesis's, and neither the Skip-certificate chain of ParentReady nor a window
        // started on a NotarFallback parent (Lemmas 30–32 across windows) is ever exercised.
        leader_window_size: windowSize,
        max_rounds: windowSize + 2,
        fast_path_threshold: space.fastThreshold,
        slow_path_threshold: space.slowThreshold,
      })),
  );
}

function byzantineShareOk(
  n: number,
  stakes: Record<string, number> | null,
  byzantine: number[],
  share: number,
): boolean {
  const stakeOf = (i: number) => stakes?.[String(i)] ?? 1;
  let total = 0;
  for (let i = 0; i < n; i++) total += stakeOf(i);
  const byz = byzantine.reduce((sum, i) => sum + stakeOf(i), 0);
  const sharePpm = Math.round(share * 1_000_000);
  return byz * 1_000_000 < total * sharePpm;
}
