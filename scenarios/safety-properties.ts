import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { safetyPropertiesText } from './describe.ts';
import { runSafety } from './drivers/safety-driver.ts';
import type { ScenarioDefinition } from './types.ts';

/** Every safety invariant of the reference's §7, checked after every step. */
export const safetyProperties: ScenarioDefinition = {
  name: 'safety_properties',
  description: `${safetyPropertiesText()}: random schedules shrunk on failure, or exhaustive search`,
  modes: ['pbt', 'exhaustive'],
  properties: SAFETY_PROPERTIES.map((p) => p.name),
  run: (ctx) => runSafety(ctx, ctx.config, SAFETY_PROPERTIES, ctx.runs),
};
