/**
 * Property-based tests run with a fixed seed and print it on failure; a long run reads
 * FC_NUM_RUNS and ALPENGLOW_SEED from the environment (README "Tests").
 */
export const TEST_SEED = Number(process.env.ALPENGLOW_SEED ?? 20261124);

/**
 * Which suite is running: 'long' under `npm run test:long` (vitest.long.config.ts sets
 * ALPENGLOW_SUITE=long), else 'fast' (`npm test`, the developer loop).
 */
export const SUITE: 'fast' | 'long' = process.env.ALPENGLOW_SUITE === 'long' ? 'long' : 'fast';

/**
 * A test's run budget: FC_NUM_RUNS when set, else `longDefault` in the long suite and
 * `fastDefault` in `npm test`. Budgets are counts, never time, so a verdict does not depend on
 * the machine's speed.
 */
export function testRuns(fastDefault: number, longDefault = fastDefault): number {
  const fromEnv = process.env.FC_NUM_RUNS;
  if (fromEnv) return Number(fromEnv);
  return SUITE === 'long' ? longDefault : fastDefault;
}

export function reproduceHint(extra = ''): string {
  return `reproduce with ALPENGLOW_SEED=${TEST_SEED}${extra}`;
}
