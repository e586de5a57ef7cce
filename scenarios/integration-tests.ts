import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { runPbt } from './drivers/pbt.ts';
import type { ScenarioDefinition } from './types.ts';

/** Every property the model has, on every driver available. */
export const integrationTests: ScenarioDefinition = {
  name: 'integration_tests',
  description:
    'every property on every driver available (property-based testing now; simulation and exhaustive arrive with their issues)',
  modes: ['pbt'],
  run: (ctx) => runPbt({ ctx, config: ctx.config, properties: SAFETY_PROPERTIES, runs: ctx.runs }),
};
