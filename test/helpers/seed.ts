/**
 * Property-based tests run with a fixed seed in CI and print it on failure; a long run reads
 * FC_NUM_RUNS and ALPENGLOW_SEED from the environment (README "Long runs").
 */
export const TEST_SEED = Number(process.env.ALPENGLOW_SEED ?? 20261124);

export function testRuns(ciDefault: number): number {
  const fromEnv = process.env.FC_NUM_RUNS;
  return fromEnv ? Number(fromEnv) : ciDefault;
}

export function reproduceHint(extra = ''): string {
  return `reproduce with ALPENGLOW_SEED=${TEST_SEED}${extra}`;
}
