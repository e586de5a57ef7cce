import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { type AlpenglowConfig, BYZANTINE_STRATEGY_NAMES } from '../src/core/config/index.ts';
import { runSafety } from './drivers/safety-driver.ts';
import { mergeResults } from './merge.ts';
import type { ScenarioDefinition, ScenarioResult } from './types.ts';

/** Byzantine counts the config allows: 3·b < validators (the guide's rule) and b + offline < validators. */
export function allowedByzantineCounts(config: AlpenglowConfig): number[] {
  const counts: number[] = [];
  for (let b = 0; 3 * b < config.validators && b + config.offline_count < config.validators; b++)
    counts.push(b);
  return counts;
}

/**
 * `total` runs shared among `cells`: the remainder of the division goes one run each to the first
 * cells, so `--runs 300` runs 300, not cells × floor(300 / cells). Every cell gets at least one
 * run (more runs than asked only when there are more cells than runs).
 */
export function shareRuns(total: number, cells: number): number[] {
  const base = Math.floor(total / cells);
  const extra = total % cells;
  return Array.from({ length: cells }, (_, i) => Math.max(1, base + (i < extra ? 1 : 0)));
}

/**
 * Sweeps Byzantine strategies and Byzantine stake from 0 up to the largest count the config
 * allows, and reports per strategy and count which safety properties hold.
 */
export const byzantineResilience: ScenarioDefinition = {
  name: 'byzantine_resilience',
  description: `the ${SAFETY_PROPERTIES.length} safety properties under each of the ${BYZANTINE_STRATEGY_NAMES.length} Byzantine strategies, Byzantine count from 0 to the largest the config allows`,
  modes: ['pbt', 'exhaustive'],
  properties: SAFETY_PROPERTIES.map((p) => p.name),
  async run(ctx) {
    const cells: { strategy: string; byzantine: number; config: AlpenglowConfig }[] = [];
    for (const byzantine of allowedByzantineCounts(ctx.config)) {
      const strategies = byzantine === 0 ? ['none'] : BYZANTINE_STRATEGY_NAMES;
      for (const strategy of strategies) {
        const config: AlpenglowConfig = {
          ...ctx.config,
          byzantine_count: byzantine,
          byzantine_validators: null,
          byzantine_strategy: strategy === 'none' ? ctx.config.byzantine_strategy : strategy,
        };
        cells.push({ strategy, byzantine, config });
      }
    }
    const runsPerCell = shareRuns(ctx.runs, cells.length);
    const results: ScenarioResult[] = [];
    const sweep: Record<string, unknown>[] = [];
    for (const [i, cell] of cells.entries()) {
      if (ctx.shouldStop()) break;
      const label = { kind: 'cell', strategy: cell.strategy, byzantine: cell.byzantine } as const;
      ctx.log(`byzantine_resilience: strategy ${cell.strategy}, ${cell.byzantine} Byzantine`);
      const result = await runSafety(ctx, cell.config, SAFETY_PROPERTIES, runsPerCell[i] as number, label);
      results.push(result);
      sweep.push({
        strategy: cell.strategy,
        byzantine_count: cell.byzantine,
        byzantine_stake_share: byzantineShare(cell.config),
        runs: result.runs,
        holds: result.properties.filter((p) => p.passed === true).map((p) => p.property),
        violated: result.properties.filter((p) => p.passed === false).map((p) => p.property),
      });
    }
    const merged = mergeResults(results, { sweep });
    return { ...merged, interrupted: merged.interrupted || results.length < cells.length };
  },
};

function byzantineShare(config: AlpenglowConfig): number {
  // Summed exactly (stakes may be lamport strings); the share itself is a display double.
  const stakeOf = (i: number) => BigInt(config.stake_distribution?.[String(i)] ?? 1);
  let total = 0n;
  for (let i = 0; i < config.validators; i++) total += stakeOf(i);
  let byzantine = 0n;
  for (let i = config.validators - config.byzantine_count; i < config.validators; i++)
    byzantine += stakeOf(i);
  return Number(byzantine) / Number(total);
}
