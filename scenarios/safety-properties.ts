import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { runPbt } from './drivers/pbt.ts';
import type { ScenarioDefinition } from './types.ts';

/** Every safety invariant of the reference's §7, checked after every step of generated schedules. */
export const safetyProperties: ScenarioDefinition = {
  name: 'safety_properties',
  description:
    'the ten safety invariants of reference §7 (plus Lemmas 31–32) on random schedules, shrunk on failure',
  modes: ['pbt'],
  run: (ctx) => runPbt({ ctx, config: ctx.config, properties: SAFETY_PROPERTIES, runs: ctx.runs }),
};
