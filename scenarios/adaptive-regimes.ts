import type { AlpenglowConfig } from '../src/core/config/index.ts';
import type { Rng } from '../src/core/rng.ts';
import type { ModelConfig } from '../src/model/config.ts';
import { drawFaultPlan, type FaultPlan, type FaultPlanOptions } from '../src/sim/timed/fault-plan.ts';
import type { TimedParams } from '../src/sim/timed/params.ts';
import type { RunVariation } from './drivers/sim.ts';

/**
 * The adaptive_timeouts scenario's swarm (issue 12 point 5): each run takes one regime in turn, its
 * parameters drawn from the run's stream, so every invocation covers the three situations growth
 * and re-broadcast exist for, whatever the config:
 * - `configured`: the config as written (standstills come from faulty leaders in a row);
 * - `slow_network`: δ raised to 1–2 × Δtimeout, so Δ + Rotor exceeds Δtimeout and every window
 *   times out until the timeouts have grown (ProgressAfterStall's case);
 * - `dropping_partition`: partitions that lose what crosses them (partition_mode "drop"), so nodes
 *   miss votes and certificates and only the re-broadcast gives them back (StandstillRecovers);
 *   half of them cut a single correct validator off.
 * The horizon is doubled plus two Δstandstill: standstills and grown timers stretch the windows.
 */
export const REGIMES = ['configured', 'slow_network', 'dropping_partition'] as const;
export type Regime = (typeof REGIMES)[number];

export function adaptiveRegime(config: AlpenglowConfig, run: number, rng: Rng): RunVariation {
  const label = REGIMES[run % REGIMES.length] as Regime;
  const horizonMs = (defaultMs: number) => 2 * defaultMs + 2 * config.standstill_ms;
  switch (label) {
    case 'configured':
      return { config, label, horizonMs };
    case 'slow_network': {
      const factorTenths = 10 + rng.int(11); // 1.0–2.0 × Δtimeout
      const delayMs = Math.ceil((config.timeout_ms * factorTenths) / 10);
      return {
        config: { ...config, network_delay: Math.max(config.network_delay, delayMs) },
        label,
        horizonMs,
      };
    }
    case 'dropping_partition':
      return {
        config: { ...config, network_partitions: true, partition_mode: 'drop' },
        label,
        horizonMs,
        plan: cutOffOrDraw,
      };
  }
}

/**
 * Half the runs cut one correct validator off (agave #13638's shape: the node that misses what the
 * others send), from a time in the first half of the run's busy stretch, for Δtimeout to
 * Δtimeout + 16 Δblock (drawFaultPlan's lengths); the other half draw partitions as drawFaultPlan
 * does (random sides).
 */
function cutOffOrDraw(params: TimedParams, options: FaultPlanOptions, rng: Rng, cfg: ModelConfig): FaultPlan {
  if (cfg.honest.length < 2 || rng.chance(0.5)) return drawFaultPlan(params, options, rng);
  const node = cfg.honest[rng.int(cfg.honest.length)] as number;
  const fromMs = rng.int(Math.max(1, Math.floor(options.activeMs / 2)));
  const lengthMs = params.timeoutMs + rng.int(16 * params.blockTimeMs + 1);
  return { partitions: [{ fromMs, toMs: fromMs + lengthMs, side: [node] }], spikes: [] };
}
