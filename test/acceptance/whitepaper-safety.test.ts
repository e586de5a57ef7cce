import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configArb, WHITEPAPER_SPACE } from '../../arbitraries/config.ts';
import { runInputArb } from '../../arbitraries/run-input.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { runInput } from '../../src/sim/run-input.ts';
import { bindModel } from '../../src/sim/setup.ts';
import { reproduceHint, TEST_SEED, testRuns } from '../helpers/seed.ts';

/**
 * Issue acceptance: with the white paper's thresholds (0.8/0.6) and Byzantine stake strictly
 * below 20%, no generated schedule violates any safety property. Configurations (validator count,
 * stakes, which validators are Byzantine and how they behave, leader rotation) are generated too.
 */
// 100 generated configurations and schedules in `npm test` (the developer loop), 3000 in
// `npm run test:long`, 10,000 in the nightly (FC_NUM_RUNS).
const RUNS = testRuns(100, 3000);

describe('safety under the white paper assumptions', () => {
  it('finds no violation for Byzantine stake < 20% and thresholds 0.8/0.6', () => {
    const arb = configArb(WHITEPAPER_SPACE).chain((config) =>
      runInputArb({ validators: config.validators, maxChoices: 300 }).map((input) => ({ config, input })),
    );
    let states = 0;
    const details = fc.check(
      fc.property(arb, ({ config, input }) => {
        const maxSlot = config.max_rounds;
        const bound = bindModel({ config, maxSlot, properties: SAFETY_PROPERTIES }, input.leaderOffset);
        const outcome = runInput(bound, input, { maxSteps: 600 });
        states += outcome.statesChecked;
        return outcome.violations.length === 0;
      }),
      { seed: TEST_SEED, numRuns: RUNS },
    );
    if (details.failed) {
      const cx = details.counterexample?.[0];
      throw new Error(
        `${fc.defaultReportMessage(details)}\n${JSON.stringify(cx?.config)}\n${reproduceHint()}`,
      );
    }
    expect(details.numRuns).toBe(RUNS);
    expect(states).toBeGreaterThan(details.numRuns * 20); // the runs really went somewhere
  });
});
