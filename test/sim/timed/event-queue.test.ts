import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../src/sim/timed/event-queue.ts';
import { TEST_SEED } from '../../helpers/seed.ts';

describe('EventQueue', () => {
  it('pops in (time, insertion) order, like a stable sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (times) => {
        const q = new EventQueue<number>();
        for (const [i, t] of times.entries()) q.push(t, i);
        const popped: number[] = [];
        for (let e = q.pop(); e !== undefined; e = q.pop()) popped.push(e.event);
        const expected = times
          .map((t, i) => [t, i] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1])
          .map(([, i]) => i);
        expect(popped).toEqual(expected);
      }),
      { seed: TEST_SEED, numRuns: 300 },
    );
  });

  it('refuses times that are not finite non-negative numbers', () => {
    const q = new EventQueue<string>();
    expect(() => q.push(-1, 'x')).toThrow(/event time/);
    expect(() => q.push(Number.NaN, 'x')).toThrow(/event time/);
  });
});
