import { describe, expect, it } from 'vitest';
import { byzantineResilience, shareRuns } from '../../scenarios/byzantine-resilience.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { scenarioContext } from '../helpers/scenario-context.ts';

describe('byzantine_resilience runs as many runs as asked', () => {
  it('shares the runs among the cells, the remainder one each to the first cells', () => {
    expect(shareRuns(300, 8)).toEqual([38, 38, 38, 38, 37, 37, 37, 37]);
    expect(shareRuns(300, 15).reduce((a, b) => a + b, 0)).toBe(300);
    expect(shareRuns(3, 5)).toEqual([1, 1, 1, 1, 1]); // at least one run per cell
  });

  it('--runs 20 on 4 validators (8 cells) runs exactly 20, not 8 × floor(20 / 8) = 16', async () => {
    const config = {
      ...DEFAULT_CONFIG,
      validators: 4,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 2,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
      leader_offset: 0,
    };
    const result = await byzantineResilience.run(scenarioContext(config, { runs: 20, depth: 2 }));
    const sweep = result.extra?.sweep as { runs: number }[];
    expect(sweep).toHaveLength(8);
    expect(result.runs).toBe(20);
    expect(sweep.reduce((sum, cell) => sum + cell.runs, 0)).toBe(20);
  });
});
