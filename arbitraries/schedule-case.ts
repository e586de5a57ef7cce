import fc from 'fast-check';
import type { ScheduleCase } from '../properties/schedule/types.ts';

const U64_MAX = 2n ** 64n - 1n;

/**
 * Generated leader-schedule inputs (issue 13): any u64 epoch; 1–12 validators whose stakes are
 * often tied or zero (where order bugs and zero-stake bugs show), sometimes up to 2^60 (beyond a
 * double's exact integers; 12 of them still fit a u64 total); 1–32 windows of 1–8 slots.
 */
export function scheduleCaseArb(): fc.Arbitrary<ScheduleCase> {
  const stake = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(0n, 1n, 2n, 4n) },
    { weight: 2, arbitrary: fc.bigInt({ min: 1n, max: 1_000_000n }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 1n, max: 2n ** 60n }) },
  );
  return fc.record({
    epoch: fc.bigInt({ min: 0n, max: U64_MAX }),
    stakes: fc.array(stake, { minLength: 1, maxLength: 12 }).filter((s) => s.some((x) => x > 0n)),
    windows: fc.integer({ min: 1, max: 32 }),
    windowSize: fc.integer({ min: 1, max: 8 }),
  });
}
