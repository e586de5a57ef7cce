import type { ScenarioDefinition, ScenarioName } from './types.ts';
import { inputUnavailable } from './unavailable-error.ts';

/** A scenario whose issue is not done yet: running it says so and fails, never a fake success. */
export function notYetAvailable(name: ScenarioName, description: string, reason: string): ScenarioDefinition {
  return {
    name,
    description,
    modes: [],
    properties: [],
    unavailable: reason,
    run: async () => {
      throw inputUnavailable(name, reason);
    },
  };
}
