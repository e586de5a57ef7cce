import { DEFAULT_CONFIG, type ProtocolName } from '../../src/core/config/index.ts';
import type { ByzantineStrategyName } from '../../src/core/config/strategies.ts';
import { buildModelConfig, type ModelConfig } from '../../src/model/config.ts';

/** What a test says about its validator set; everything else comes from DEFAULT_CONFIG. */
export interface TestSetup {
  /** Stake of each validator, by id (integers; the total is the denominator of every threshold). */
  readonly stakes: readonly number[];
  /** Ids of Byzantine validators; every other validator is correct and online. */
  readonly byzantine?: readonly number[];
  /** Ids of offline (crashed) validators. */
  readonly offline?: readonly number[];
  /** F and S as fractions; the paper's 0.8 / 0.6 unless a test is about other values. */
  readonly fast?: number;
  readonly slow?: number;
  readonly windowSize?: number;
  readonly maxSlot?: number;
  /** Rotation of the round-robin schedule: the leader of window w is (w + offset) mod n. */
  readonly leaderOffset?: number;
  readonly strategy?: ByzantineStrategyName;
  /** The protocol variant (src/model/protocol-rules.ts); the white paper unless a test is about agave. */
  readonly protocol?: ProtocolName;
}

/** Builds a ModelConfig through the public path (config overrides, then buildModelConfig). */
export function testConfig(setup: TestSetup): ModelConfig {
  const byzantine = [...(setup.byzantine ?? [])];
  const offline = [...(setup.offline ?? [])];
  const stakeMap: Record<string, number> = {};
  setup.stakes.forEach((stake, id) => {
    stakeMap[String(id)] = stake;
  });
  return buildModelConfig(
    {
      ...DEFAULT_CONFIG,
      validators: setup.stakes.length,
      byzantine_count: byzantine.length,
      offline_count: offline.length,
      byzantine_validators: byzantine,
      offline_validators: offline,
      stake_distribution: stakeMap,
      fast_path_threshold: setup.fast ?? 0.8,
      slow_path_threshold: setup.slow ?? 0.6,
      leader_window_size: setup.windowSize ?? 4,
      protocol: setup.protocol ?? 'whitepaper',
    },
    {
      maxSlot: setup.maxSlot ?? 8,
      leaderOffset: setup.leaderOffset ?? 0,
      strategy: setup.strategy ?? 'arbitrary',
    },
  );
}

/** `count` validators of stake 1 each. */
export function equalStakes(count: number): number[] {
  return new Array<number>(count).fill(1);
}

/** Ids from..to inclusive. */
export function ids(from: number, to: number): number[] {
  const out: number[] = [];
  for (let id = from; id <= to; id++) out.push(id);
  return out;
}
