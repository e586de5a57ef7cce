import { LIVENESS_PROPERTIES } from '../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { runPbt } from './drivers/pbt.ts';
import { runSim } from './drivers/sim.ts';
import type { ScenarioDefinition, ScenarioResult } from './types.ts';

/** Every property the model has, on every driver available: random schedules, then timed simulation. */
export const integrationTests: ScenarioDefinition = {
  name: 'integration_tests',
  description:
    'every property on every driver available: safety on random schedules, safety and liveness in timed simulation',
  modes: ['pbt', 'sim'],
  async run(ctx) {
    const pbt = await runPbt({
      ctx,
      config: ctx.config,
      properties: SAFETY_PROPERTIES,
      runs: ctx.runs,
      label: 'pbt',
    });
    const simRuns = Math.max(1, Math.ceil(ctx.runs / 25));
    const sim = await runSim({
      ctx,
      config: ctx.config,
      runs: simRuns,
      liveness: LIVENESS_PROPERTIES,
      safety: SAFETY_PROPERTIES,
    });
    return combine(pbt, sim);
  },
};

function combine(pbt: ScenarioResult, sim: ScenarioResult): ScenarioResult {
  return {
    properties: [...pbt.properties, ...sim.properties.map((p) => ({ ...p, name: `${p.name} [sim]` }))],
    statesExplored: pbt.statesExplored + sim.statesExplored,
    uniqueStates: pbt.uniqueStates,
    transitions: pbt.transitions,
    stateSpaceCoverage: null,
    byzantineEvents: pbt.byzantineEvents,
    networkEvents: pbt.networkEvents + sim.networkEvents,
    runs: pbt.runs + sim.runs,
    interrupted: pbt.interrupted || sim.interrupted,
    ...(sim.extra ? { extra: sim.extra } : {}),
  };
}
