import type { SafetyProperty } from '../../properties/types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import type { OutcomeLabel } from '../outcome.ts';
import type { ScenarioContext, ScenarioResult } from '../types.ts';
import { runExhaustive } from './exhaustive.ts';
import { runPbt } from './pbt.ts';

/** Safety on the driver the run asked for: exhaustive search with --mode exhaustive, else random schedules. */
export function runSafety(
  ctx: ScenarioContext,
  config: AlpenglowConfig,
  properties: readonly SafetyProperty[],
  runs: number,
  label: OutcomeLabel | null = null,
): Promise<ScenarioResult> {
  return ctx.mode === 'exhaustive'
    ? runExhaustive({ ctx, config, properties, ...(label === null ? {} : { label }) })
    : runPbt({ ctx, config, properties, runs, label });
}
