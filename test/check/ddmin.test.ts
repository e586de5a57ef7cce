import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ddmin } from '../../src/check/ddmin.ts';
import { TEST_SEED } from '../helpers/seed.ts';

describe('ddmin', () => {
  it('shrinks to exactly the elements the failure needs', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const result = await ddmin(items, (c) => c.includes(3) && c.includes(17) && c.includes(31));
    expect(result.items).toEqual([3, 17, 31]);
    expect(result.minimal).toBe(true);
  });

  it('keeps order-dependent failures valid and 1-minimal', async () => {
    // Fails when some 5 appears before some 9: any single removal from the result must pass.
    const fails = (c: number[]) => c.indexOf(5) !== -1 && c.lastIndexOf(9) > c.indexOf(5);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 60 }), async (raw) => {
        const items = [...raw, 5, ...raw, 9];
        const { items: min, minimal } = await ddmin(items, fails);
        expect(fails(min)).toBe(true);
        expect(minimal).toBe(true);
        for (let i = 0; i < min.length; i++)
          expect(fails([...min.slice(0, i), ...min.slice(i + 1)])).toBe(false);
      }),
      { seed: TEST_SEED, numRuns: 100 },
    );
  });

  it('says when the budget ran out before 1-minimality was shown', async () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const result = await ddmin(items, (c) => c.length > 150, 5);
    expect(result.minimal).toBe(false);
    expect(result.items.length).toBeGreaterThan(150);
    expect(result.tests).toBeLessThanOrEqual(5);
  });
});
