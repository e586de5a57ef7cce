import { LIVENESS_PROPERTIES } from '../../properties/liveness/index.ts';
import { type AlpenglowConfig, DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { rngFromSeed } from '../../src/core/rng.ts';
import { buildModelConfig, type ModelConfig } from '../../src/model/config.ts';
import type { TimedObservations } from '../../src/model/observations.ts';
import { type FaultPlan, NO_FAULTS } from '../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../src/sim/timed/loss.ts';
import { type TimedParams, timedParams } from '../../src/sim/timed/params.ts';
import { simulate, type TimedRunResult } from '../../src/sim/timed/simulator.ts';
import { defaultHorizonMs, livenessTiming } from '../../src/sim/timed/timing.ts';

/** The white paper's thresholds with fast timers, for timed tests. */
export function timedConfig(overrides: Partial<AlpenglowConfig>): AlpenglowConfig {
  return {
    ...DEFAULT_CONFIG,
    byzantine_count: 0,
    offline_count: 0,
    fast_path_threshold: 0.8,
    slow_path_threshold: 0.6,
    network_delay: 50,
    timeout_ms: 600,
    max_rounds: 12,
    ...overrides,
  };
}

export interface TimedOutcome {
  readonly cfg: ModelConfig;
  readonly run: TimedRunResult;
  readonly obs: TimedObservations;
  readonly verdicts: Record<string, string | null>;
}

export function runTimed(
  config: AlpenglowConfig,
  options: {
    seed?: string;
    leaderOffset?: number;
    plan?: FaultPlan;
    params?: Partial<TimedParams>;
    horizonMs?: number;
  } = {},
): TimedOutcome {
  const cfg = buildModelConfig(config, { leaderOffset: options.leaderOffset ?? 0 });
  const params = { ...timedParams(config), ...options.params };
  const plan = options.plan ?? NO_FAULTS;
  const horizonMs = options.horizonMs ?? defaultHorizonMs(cfg, params, plan);
  const loss = networkLoss(config);
  const run = simulate({
    cfg,
    params,
    plan,
    loss,
    horizonMs,
    rng: rngFromSeed(options.seed ?? 'timed-test'),
    maxEvents: 5_000_000,
  });
  const timing = livenessTiming(cfg, params, plan, horizonMs, loss);
  const verdicts = Object.fromEntries(
    LIVENESS_PROPERTIES.map((p) => [p.name, p.check({ cfg, timing, obs: run.observations })]),
  );
  return { cfg, run, obs: run.observations, verdicts };
}
