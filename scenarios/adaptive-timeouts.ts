import { ADAPTIVE_PROPERTIES } from '../properties/adaptive/index.ts';
import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { adaptiveRegime } from './adaptive-regimes.ts';
import { AdaptiveTally } from './adaptive-tally.ts';
import { runSim } from './drivers/sim.ts';
import type { ScenarioDefinition } from './types.ts';

/**
 * Standstill and timeout growth (issue 12, paper §3.3–3.4, agave votor): seeded timed runs in three
 * regimes (adaptive-regimes.ts), the five adaptive properties judged on each run and every safety
 * property on the states of each run (scenarios/drivers/timed-safety.ts). With `adaptive_timeouts: false` growth is off and a slow
 * network stalls: ProgressAfterStall then fails, as it should, on configs with enough slots to pass
 * its bound (the report's `judged` says when a property had nothing to judge).
 */
export const adaptiveTimeouts: ScenarioDefinition = {
  name: 'adaptive_timeouts',
  description: `standstill re-broadcast and timeout growth: the ${ADAPTIVE_PROPERTIES.length} adaptive properties on seeded timed runs (as configured, a slow network, dropping partitions), and the ${SAFETY_PROPERTIES.length} safety properties on the states of each run`,
  modes: ['sim'],
  properties: [...ADAPTIVE_PROPERTIES, ...SAFETY_PROPERTIES].map((p) => p.name),
  defaultRuns: 30,
  run: (ctx) =>
    runSim({
      ctx,
      config: ctx.config,
      runs: ctx.runs,
      liveness: ADAPTIVE_PROPERTIES,
      safety: SAFETY_PROPERTIES,
      vary: adaptiveRegime,
      tally: new AdaptiveTally(ADAPTIVE_PROPERTIES),
    }),
};
