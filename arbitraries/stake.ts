import fc from 'fast-check';

/** Positive integer stakes for `validators` validators, keyed "0".."n-1" as in config files. */
export function stakeDistributionArb(
  validators: number,
  maxStake = 100,
): fc.Arbitrary<Record<string, number>> {
  return fc
    .array(fc.integer({ min: 1, max: maxStake }), { minLength: validators, maxLength: validators })
    .map((stakes) => Object.fromEntries(stakes.map((s, i) => [String(i), s])));
}
