import { defineConfig } from 'vitest/config';
import { LONG_ONLY } from './vitest.config.ts';

/**
 * `npm run test:long`: the long acceptance runs at their full budgets (thousands of schedules,
 * the big TLC cross-validations, verify profile runs, the exhaustive 20% attack), and the
 * acceptance tests again with their long budgets (ALPENGLOW_SUITE=long, see test/helpers/seed.ts).
 * FC_NUM_RUNS and ALPENGLOW_SEED override budgets and seed (the nightly workflow sets both).
 */
export default defineConfig({
  test: {
    include: [
      ...LONG_ONLY.map((p) => (p.endsWith('/**') ? `${p}/*.test.ts` : p)),
      'test/acceptance/**/*.test.ts',
    ],
    env: { ALPENGLOW_SUITE: 'long' },
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
    pool: 'forks',
    // Two workers on 2 cores (vitest's default there is one): the long files are independent.
    maxWorkers: 2,
  },
});
