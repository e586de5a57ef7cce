import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/cli/config-file.ts';
import type { AlpenglowConfig } from '../../../src/core/config/index.ts';
import { DEFAULT_SHRINK_BUDGET } from '../../../src/sim/shrink.ts';
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

describe("the guide's example config (5 validators, window 4, 0.67/0.51)", () => {
  const guide = loadConfig(new URL('../../../configs/small_stateright.json', import.meta.url).pathname);
  // The properties a conflicting finalization breaks, held to 30 steps. NoConflictingFinalization
  // was a gap until the generator's equivocation attack (arbitraries/weights.ts,
  // equivocationWeightsArb: one run in eight, arbitraries/run-input.ts): before it, 1,000 runs
  // found it on seeds 1, 2 and 5 only (once each; 348, 367, 381 steps), shrunk to 29, 54 and 64,
  // and seven shrinking approaches failed to shorten the longer ones (git history of this file).
  // With it, every seed finds it (89-112 steps) and shrinks it to 21-23 (scripts/ncf-measure.ts
  // full: seeds 7, 1, 2, 3, 4, 5 -> 23, 23, 23, 23, 21, 22; the shape: a fast finalization of one
  // version of slot 1, sent by the Byzantine as a certificate, and a finalization of the correct
  // leader's 5a on the Byzantine's 4a on the other version).
  const SHORT = [
    'NoConflictingFinalization',
    'ChainConsistency',
    'CertifiedExtendsFinalized',
    'FastFinalizationExclusive',
  ];
  for (const seed of [7, 1, 2, 3, 4, 5]) {
    it(`seed ${seed}: NoConflictingFinalization, ChainConsistency, CertifiedExtendsFinalized, FastFinalizationExclusive in at most 30 steps; all 1-minimal`, async () => {
      const found = await pbtCounterexamples(guide, seed, 1000, guide.exploration_depth);
      expect(found.has('ChainConsistency')).toBe(true);
      expect(found.has('NoConflictingFinalization')).toBe(true);
      for (const name of SHORT) {
        const cx = found.get(name);
        if (!cx) continue;
        expect(
          cx.actions.length,
          `${name}: ${cx.originalLength} -> ${cx.actions.length}`,
        ).toBeLessThanOrEqual(30);
      }
      for (const cx of found.values()) expect(cx.oneMinimal, cx.property).toBe(true);
    });
  }
});
