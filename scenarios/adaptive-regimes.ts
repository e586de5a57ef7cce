import type { AlpenglowConfig } from '../src/core/config/index.ts';
import type { Rng } from '../src/core/rng.ts';
import type { RunVariation } from './drivers/sim.ts';

/**
 * The adaptive_timeouts scenario's swarm (issue 12 point 5): each run takes one regime in turn, its
 * parameters drawn from the run's stream, so every invocation covers the three situations growth
 * and re-broadcast exist for, whatever the config:
 * - `configured`: the config as written (standstills come from faulty leaders in a row);
 * - `slow_network`: δ raised to 1–2 × Δtimeout, so Δ + Rotor exceeds Δtimeout and every window
 *   times out until the timeouts have grown (ProgressAfterStall's case);
 * - `dropping_partition`: partitions that lose what crosses them (partition_mode "drop"), so nodes
 *   miss votes and certificates and only the re-broadcast gives them back (StandstillRecovers).
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
      return { config: { ...config, network_partitions: true, partition_mode: 'drop' }, label, horizonMs };
  }
}
