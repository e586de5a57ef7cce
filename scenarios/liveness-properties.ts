import { LIVENESS_PROPERTIES } from '../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { livenessPropertiesText } from './describe.ts';
import { runSim } from './drivers/sim.ts';
import type { ScenarioDefinition } from './types.ts';

/** Liveness and latency (reference §7 items 11–14) on seeded timed simulations. */
export const livenessProperties: ScenarioDefinition = {
  name: 'liveness_properties',
  description: `${livenessPropertiesText()} on seeded timed simulations, and the ${SAFETY_PROPERTIES.length} safety properties on the states of each run`,
  modes: ['sim'],
  properties: [...LIVENESS_PROPERTIES, ...SAFETY_PROPERTIES].map((p) => p.name),
  defaultRuns: 40,
  run: (ctx) =>
    runSim({
      ctx,
      config: ctx.config,
      runs: ctx.runs,
      liveness: LIVENESS_PROPERTIES,
      safety: SAFETY_PROPERTIES,
    }),
};
