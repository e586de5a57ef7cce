import { describe, expect, it } from 'vitest';
import { runInputArb } from '../../arbitraries/run-input.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { searchSafety } from '../../src/sim/pbt.ts';
import { reproduceHint, TEST_SEED, testRuns } from '../helpers/seed.ts';

/**
 * Issue acceptance: at exactly 20% Byzantine stake the white paper's assumption (strictly less)
 * is broken and the model shows it: 5 equal validators, 1 Byzantine equivocating leader,
 * thresholds 0.8/0.6 — two honest pairs plus the Byzantine vote reach exactly 60% for two blocks,
 * both are notarized and a conflicting finalization is reachable. Comparisons stay "at least".
 */
// With the fixed seed NotarizationUniqueness is found in run 28 and NoConflictingFinalization in
// run 61 (by run 12 before the generator's equivocation profile moved the stream; the rate of
// conflicting finalizations per schedule is the same, 27 and 28 in 1,000); `npm test` searches 80
// schedules, `npm run test:long` 3000 (and the nightly FC_NUM_RUNS with a fresh seed).
const RUNS = testRuns(80, 3000);

describe('exactly 20% Byzantine stake with thresholds 0.8/0.6', () => {
  it('lets an equivocating leader get two blocks notarized and conflicting finalizations', async () => {
    const config = {
      ...DEFAULT_CONFIG,
      validators: 5,
      byzantine_count: 1,
      offline_count: 0,
      byzantine_strategy: 'equivocating_leader',
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    };
    const result = await searchSafety({
      setup: { config, maxSlot: 2, properties: SAFETY_PROPERTIES },
      arbitrary: runInputArb({ validators: 5, preferredLeaders: [4], maxChoices: 300 }),
      seed: TEST_SEED,
      numRuns: RUNS,
      maxSteps: 600,
    });
    const found = result.counterexamples.map((c) => c.property);
    expect(found, reproduceHint()).toContain('NotarizationUniqueness');
    expect(found, reproduceHint()).toContain('NoConflictingFinalization');
    // Honest behaviour stays correct: the attack does not need a correct node to misbehave.
    expect(found).not.toContain('HonestVoteUniqueness');
    expect(found).not.toContain('FinalExcludesFallback');
    expect(found).not.toContain('CertificateValidity');
  });
});
