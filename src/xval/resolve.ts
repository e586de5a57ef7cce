import type { AlpenglowConfig, ByzantineStrategyName } from '../core/config/index.ts';
import { buildModelConfig, type ModelConfig } from '../model/config.ts';
import { XvalError } from './errors.ts';

/** The model-level choices a driver makes on top of a config (buildModelConfig's options). */
export interface ModelChoice {
  readonly maxSlot?: number;
  readonly leaderOffset?: number;
  readonly strategy?: ByzantineStrategyName;
}

export interface ResolvedModel {
  /** The config with the choices written into it, so `buildModelConfig(config)` alone rebuilds `cfg`. */
  readonly config: AlpenglowConfig;
  readonly cfg: ModelConfig;
}

/**
 * One model configuration, computed by buildModelConfig itself (quorums, roles, stakes, strategy),
 * so TLC's constants cannot drift from the TS model. The pinned config is what traces record.
 */
export function resolveModel(config: AlpenglowConfig, choice: ModelChoice = {}): ResolvedModel {
  const cfg = buildModelConfig(config, {
    ...(choice.maxSlot === undefined ? {} : { maxSlot: choice.maxSlot }),
    ...(choice.leaderOffset === undefined ? {} : { leaderOffset: choice.leaderOffset }),
    ...(choice.strategy === undefined ? {} : { strategy: choice.strategy }),
  });
  const pinned: AlpenglowConfig = {
    ...config,
    max_rounds: cfg.maxSlot,
    leader_offset: cfg.leaderOffset,
    byzantine_strategy: cfg.strategy.name,
  };
  return { config: pinned, cfg };
}

/**
 * Why TLC cannot check this model, or null: a Byzantine strategy that tla/Alpenglow.tla does not
 * mirror (the TS-only `forger`, tla/README.md) would make TLC explore a different system, and
 * "TS and TLC disagree" would then be a false alarm. Without Byzantine validators the strategy
 * is never used.
 */
export function tlaMirrorProblem(cfg: ModelConfig): string | null {
  // The spec's Leader(s) is the round-robin rotation only (issue 13 left it there).
  if (cfg.windowLeaders !== undefined) {
    return 'leader_schedule stake_weighted is TS-only (tla/Alpenglow.tla has the round-robin schedule): cross-validation with TLC cannot check it';
  }
  if (cfg.byzantine.length === 0 || cfg.strategy.inTlaSpec) return null;
  return `byzantine_strategy ${cfg.strategy.name} is TS-only (tla/Alpenglow.tla does not mirror it): cross-validation with TLC cannot check it`;
}

export function assertTlaMirrored(cfg: ModelConfig): void {
  const problem = tlaMirrorProblem(cfg);
  if (problem !== null) throw new XvalError(problem);
}
