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
  // is a known gap of issue 10, not a property of the protocol: 1,000 runs find it on seeds 1, 2
  // and 5 only (once each; 348, 367, 381 steps), and it shrinks to 29, 54 and 64 steps (72 before
  // cut-and-regrow, src/sim/shrink-regrow.ts), each held here to its measured length. The 29-step
  // one (seed 1) is a fast finalization of 1b plus a slow one of 6a on 5a on 1a at the same
  // validator: all three correct validators vote 1b but cast NotarFallback(1a) on the Byzantine
  // leader's earlier Notar(1a), the NotarFallback certificate of 1a and Skip certificates of 2-4
  // give the next (correct) leader ParentReady(1a). The longer ones split the votes (both versions
  // get a NotarFallback certificate) and finalize descendants of both in two later windows.
  // Delta debugging, the reordering search (40 actions at most) and cut-and-regrow cannot turn one
  // shape into the other: a larger regrow budget (4,000 tries a round, not 800; 8 rounds, not 4;
  // 12 runs reduced, not 6) gives only 54 -> 50 and 64 -> 62. Measured and not kept (0 hits of NoConflictingFinalization each, seed 7): 500
  // generated extensions of 60 steps from each short counterexample of the other properties, the
  // same from random prefixes of them with message kinds held back, 300 cut-and-regrow tries
  // from each other property's discovery, and a breadth-first search of 100,000 states (depth 12)
  // from each short counterexample's last state. Measured on the generated runs of seed 2: 67 of
  // 1,000 make all correct validators vote one version of an equivocated slot, none of them goes
  // on to finalize a descendant of the other version (what the short shape needs).
  const SHORT = ['ChainConsistency', 'CertifiedExtendsFinalized', 'FastFinalizationExclusive'];
  /** Seed -> the NoConflictingFinalization counterexample's measured length (found on these seeds). */
  const NCF_MEASURED = new Map([
    [1, 29],
    [2, 54],
    [5, 64],
  ]);
  const NCF_LONGEST = 64;
  for (const seed of [7, 1, 2, 3, 4, 5]) {
    it(`seed ${seed}: ChainConsistency, CertifiedExtendsFinalized, FastFinalizationExclusive in at most 30 steps; NoConflictingFinalization (where found) at most its measured length; all 1-minimal`, async () => {
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
      const measured = NCF_MEASURED.get(seed);
      // Found where it was measured found (a search that stops finding it fails); elsewhere a find
      // is welcome and held to the longest measured.
      if (measured !== undefined) expect(ncf, 'NoConflictingFinalization found').toBeDefined();
      if (ncf)
        expect(ncf.actions.length, `${ncf.originalLength} -> ${ncf.actions.length}`).toBeLessThanOrEqual(
          measured ?? NCF_LONGEST,
        );
      for (const cx of found.values()) expect(cx.oneMinimal, cx.property).toBe(true);
    });
  }
});
