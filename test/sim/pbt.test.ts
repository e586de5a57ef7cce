import { describe, expect, it } from 'vitest';
import { runInputArb } from '../../arbitraries/run-input.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { searchSafety } from '../../src/sim/pbt.ts';
import { bindModel } from '../../src/sim/setup.ts';
import { replayActions } from '../../src/sim/step-engine.ts';
import { TEST_SEED } from '../helpers/seed.ts';

const config = {
  ...DEFAULT_CONFIG,
  validators: 5,
  byzantine_count: 1,
  offline_count: 0,
  byzantine_strategy: 'equivocating_leader',
};
const setup = { config, maxSlot: 1, properties: SAFETY_PROPERTIES };
const search = (seed: number) =>
  searchSafety({
    setup,
    arbitrary: runInputArb({ validators: 5, preferredLeaders: [4], maxChoices: 200 }),
    seed,
    numRuns: 400,
    maxSteps: 300,
  });

/** The search of TEST_SEED, made once for the tests that only read it (the first makes it again). */
let ofTestSeed: ReturnType<typeof search> | undefined;
const searchOfTestSeed = () => {
  ofTestSeed ??= search(TEST_SEED);
  return ofTestSeed;
};

describe('property-based search', () => {
  it('is a function of its seed: same discoveries, same shrunk counterexamples', async () => {
    const [a, b] = [await searchOfTestSeed(), await search(TEST_SEED)];
    expect(a.counterexamples.length).toBeGreaterThan(0);
    expect(JSON.stringify(b.discoveries)).toBe(JSON.stringify(a.discoveries));
    expect(JSON.stringify(b.counterexamples)).toBe(JSON.stringify(a.counterexamples));
  });

  it('shrinks every counterexample to a 1-minimal schedule that still fails', async () => {
    const result = await search(TEST_SEED + 1);
    expect(result.counterexamples.length).toBeGreaterThan(0);
    for (const cx of result.counterexamples) {
      const bound = bindModel(setup, cx.leaderOffset);
      const fails = (actions: typeof cx.actions) => {
        const r = replayActions(bound.model, bound.invariants, actions, {
          maxSteps: actions.length,
          stopOn: cx.property,
        });
        return r.rejectedAt === null && r.violations.length > 0;
      };
      expect(cx.oneMinimal).toBe(true);
      expect(fails(cx.actions)).toBe(true);
      expect(cx.actions.length).toBeLessThanOrEqual(cx.originalLength);
      for (let i = 0; i < cx.actions.length; i++) {
        expect(
          fails([...cx.actions.slice(0, i), ...cx.actions.slice(i + 1)]),
          `${cx.property} without step ${i + 1}`,
        ).toBe(false);
      }
    }
  });

  it('gives every property its own verdict: one violation does not end the search for another', async () => {
    const result = await searchOfTestSeed();
    // Properties are discovered in different runs: the first violation did not stop the search,
    // which also ran its whole budget.
    const runsWithDiscoveries = new Set(result.discoveries.map((d) => d.runIndex));
    expect(result.discoveries.length).toBeGreaterThan(1);
    expect(runsWithDiscoveries.size).toBeGreaterThan(1);
    expect(result.runs).toBe(400);
    // Each has its own counterexample, shrunk against that property alone.
    expect(new Set(result.counterexamples.map((c) => c.property)).size).toBe(result.discoveries.length);
  });
});
