import { ADAPTIVE_PROPERTIES } from '../properties/adaptive/index.ts';
import { ECONOMIC_PROPERTIES } from '../properties/economics/index.ts';
import { LIVENESS_PROPERTIES } from '../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { SCHEDULE_PROPERTY_NAMES } from '../properties/schedule/index.ts';
import { TIMED_PROPERTIES } from '../properties/timed.ts';
import { runExhaustive } from './drivers/exhaustive.ts';
import { runPbt } from './drivers/pbt.ts';
import { runSchedule } from './drivers/schedule.ts';
import { runSim } from './drivers/sim.ts';
import { economicModel } from './economic-model.ts';
import { mergeResults } from './merge.ts';
import { withLabel } from './outcome.ts';
import type { Mode, ScenarioContext, ScenarioDefinition, ScenarioResult } from './types.ts';

/** Breadth-first search inside integration_tests stops here unless --max-states asks for less. */
const INTEGRATION_MAX_STATES = 100_000;

/**
 * Every property the model has, on every driver available: safety on random schedules, safety
 * and liveness in timed simulation, safety by bounded exhaustive search; with --mode, only that
 * driver (a profile that runs one driver only, e.g. `verify --profile stress`, asks for one).
 */
export const integrationTests: ScenarioDefinition = {
  name: 'integration_tests',
  description: `every property (${SAFETY_PROPERTIES.length} safety, ${LIVENESS_PROPERTIES.length} liveness, ${ADAPTIVE_PROPERTIES.length} adaptive, ${ECONOMIC_PROPERTIES.length} economic, ${SCHEDULE_PROPERTY_NAMES.length} leader-schedule) on every driver: random schedules, timed simulation, bounded exhaustive search`,
  modes: ['pbt', 'sim', 'exhaustive'],
  properties: [...SAFETY_PROPERTIES, ...TIMED_PROPERTIES, ...ECONOMIC_PROPERTIES]
    .map((p) => p.name)
    .concat(SCHEDULE_PROPERTY_NAMES),
  runsEveryMode: true,
  async run(ctx) {
    const wanted = (mode: Mode) => ctx.mode === null || ctx.mode === mode;
    const parts: ScenarioResult[] = [];
    if (wanted('pbt')) parts.push(await pbtPart(ctx));
    if (wanted('pbt')) parts.push(await schedulePart(ctx));
    // The simulator's traces keep their bare names; only its verdicts are labelled.
    if (wanted('sim')) parts.push(withLabel(await simPart(ctx), { kind: 'driver', driver: 'sim' }));
    // Money (economic_model) rides on timed runs too: one per 250 runs, at least one.
    if (wanted('sim')) {
      const economics = await economicModel.run({ ...ctx, runs: Math.max(1, Math.ceil(ctx.runs / 250)) });
      parts.push(withLabel(economics, { kind: 'driver', driver: 'sim' }));
    }
    if (wanted('exhaustive')) parts.push(await exhaustivePart(ctx));
    return mergeResults(parts, Object.assign({}, ...parts.map((p) => p.extra ?? {})));
  },
};

function pbtPart(ctx: ScenarioContext): Promise<ScenarioResult> {
  return runPbt({
    ctx,
    config: ctx.config,
    properties: SAFETY_PROPERTIES,
    runs: ctx.runs,
    label: { kind: 'driver', driver: 'pbt' },
  });
}

/**
 * Solana's leader schedule (vrf_leader_selection's properties) under the config's stakes: one
 * generated case per 10 runs, at least 10; StakeProportional over max(10, that / 2) epochs.
 */
function schedulePart(ctx: ScenarioContext): Promise<ScenarioResult> {
  const runs = Math.max(10, Math.ceil(ctx.runs / 10));
  return runSchedule({ ctx, config: ctx.config, runs, label: { kind: 'driver', driver: 'pbt' } });
}

/** A timed run costs far more than a random schedule: one simulation per 25 runs, at least one. */
function simPart(ctx: ScenarioContext): Promise<ScenarioResult> {
  return runSim({
    ctx,
    config: ctx.config,
    runs: Math.max(1, Math.ceil(ctx.runs / 25)),
    liveness: TIMED_PROPERTIES,
    safety: SAFETY_PROPERTIES,
  });
}

function exhaustivePart(ctx: ScenarioContext): Promise<ScenarioResult> {
  const bounded: ScenarioContext = {
    ...ctx,
    exhaustive: {
      ...ctx.exhaustive,
      maxStates: Math.min(ctx.exhaustive.maxStates, INTEGRATION_MAX_STATES),
    },
  };
  return runExhaustive({
    ctx: bounded,
    config: ctx.config,
    properties: SAFETY_PROPERTIES,
    label: { kind: 'driver', driver: 'exhaustive' },
  });
}
