import { LIVENESS_PROPERTIES } from '../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { runExhaustive } from './drivers/exhaustive.ts';
import { runPbt } from './drivers/pbt.ts';
import { runSim } from './drivers/sim.ts';
import { mergeResults } from './merge.ts';
import { withLabel } from './outcome.ts';
import type { ScenarioContext, ScenarioDefinition } from './types.ts';

/** Breadth-first search inside integration_tests stops here unless --max-states asks for less. */
const INTEGRATION_MAX_STATES = 100_000;

/**
 * Every property the model has, on every driver available: safety on random schedules, safety
 * and liveness in timed simulation, safety by bounded exhaustive search.
 */
export const integrationTests: ScenarioDefinition = {
  name: 'integration_tests',
  description:
    'every property on every driver: random schedules, timed simulation, bounded exhaustive search',
  modes: ['pbt', 'sim', 'exhaustive'],
  async run(ctx) {
    const pbt = await runPbt({
      ctx,
      config: ctx.config,
      properties: SAFETY_PROPERTIES,
      runs: ctx.runs,
      label: { kind: 'driver', driver: 'pbt' },
    });
    const simRuns = Math.max(1, Math.ceil(ctx.runs / 25));
    const sim = await runSim({
      ctx,
      config: ctx.config,
      runs: simRuns,
      liveness: LIVENESS_PROPERTIES,
      safety: SAFETY_PROPERTIES,
    });
    const bounded: ScenarioContext = {
      ...ctx,
      exhaustive: {
        ...ctx.exhaustive,
        maxStates: Math.min(ctx.exhaustive.maxStates, INTEGRATION_MAX_STATES),
      },
    };
    const exhaustive = await runExhaustive({
      ctx: bounded,
      config: ctx.config,
      properties: SAFETY_PROPERTIES,
      label: { kind: 'driver', driver: 'exhaustive' },
    });
    // The simulator's traces keep their bare names; only its verdicts are labelled.
    const parts = [pbt, withLabel(sim, { kind: 'driver', driver: 'sim' }), exhaustive];
    return mergeResults(parts, Object.assign({}, ...parts.map((p) => p.extra ?? {})));
  },
};
