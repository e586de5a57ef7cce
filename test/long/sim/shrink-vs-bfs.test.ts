import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { explore } from '../../../src/check/explore.ts';
import { type AlpenglowConfig, DEFAULT_CONFIG } from '../../../src/core/config/index.ts';
import { bindModel } from '../../../src/sim/setup.ts';
import { DEFAULT_SHRINK_BUDGET } from '../../../src/sim/shrink.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../../helpers/fixtures.ts';
import { pbtRun } from '../../mutation/drivers.ts';

/**
 * Issue 10: counterexamples close to the shortest. Long-suite budgets (1,000 schedules of up to
 * 1,000 steps per seed, an exhaustive search per config); every bound here is a step count.
 */
/** The counterexamples a search of `runs` schedules of up to `depth` steps shrinks to (default budget). */
async function pbtCounterexamples(config: AlpenglowConfig, seed: number, runs: number, depth: number) {
  const { result } = await pbtRun(config, { seed, runs, depth, shrinkBudget: DEFAULT_SHRINK_BUDGET });
  return new Map(result.counterexamples.map((cx) => [cx.property, cx]));
}

describe('shrunk counterexamples against the shortest (breadth-first search)', () => {
  const small: Record<string, AlpenglowConfig> = {
    'exactly 20% Byzantine, equivocating leader, 0.8/0.6': {
      ...DEFAULT_CONFIG,
      ...TWENTY_PERCENT_EQUIVOCATION,
      leader_offset: 4,
    },
    '4 validators, equivocating leader, 0.67/0.51': {
      ...DEFAULT_CONFIG,
      validators: 4,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 1,
      byzantine_strategy: 'equivocating_leader',
      fast_path_threshold: 0.67,
      slow_path_threshold: 0.51,
      leader_offset: 3,
    },
    '4 validators, fallback-final voter leads, 0.67/0.51': {
      ...DEFAULT_CONFIG,
      validators: 4,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 1,
      byzantine_strategy: 'fallback_final',
      fast_path_threshold: 0.67,
      slow_path_threshold: 0.51,
      leader_offset: 3,
    },
  };
  for (const [name, config] of Object.entries(small)) {
    it(`${name}: at most 1.5 times the shortest violation`, async () => {
      const setup = { config, maxSlot: config.max_rounds, properties: SAFETY_PROPERTIES };
      const pbt = await pbtCounterexamples(config, 1, 300, 200);
      // The properties whose counterexample has at most 9 steps: their shortest violation is at
      // most 9 steps deep, so a breadth-first search to depth 9 finds it and stops once it has
      // them all (a deeper one would need the whole space to that depth).
      const targets = SAFETY_PROPERTIES.filter((p) => (pbt.get(p.name)?.actions.length ?? 99) <= 9);
      expect(targets.length).toBeGreaterThanOrEqual(2);
      const bound = bindModel({ ...setup, properties: targets }, config.leader_offset as number);
      const shortest = explore(bound.model, bound.invariants, {
        maxDepth: 9,
        symmetry: true,
        maxStates: 3_000_000,
        stopWhenAllViolated: true,
      });
      expect(shortest.violations.length).toBe(targets.length);
      for (const v of shortest.violations) {
        const cx = pbt.get(v.property);
        expect(cx?.actions.length, `${v.property}: BFS ${v.depth}`).toBeLessThanOrEqual(1.5 * v.depth);
      }
    });
  }
});
