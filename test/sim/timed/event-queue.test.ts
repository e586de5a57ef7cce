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

describe('EventQueue batches', () => {
  it('pop in the same order as the same events pushed one by one', () => {
    const op = fc.oneof(
      fc.record({ single: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ batch: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }) }),
      fc.constant({ pop: true }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const batched = new EventQueue<number>();
        const single = new EventQueue<number>();
        let id = 0;
        const out: [number[], number[]] = [[], []];
        for (const o of ops) {
          if ('single' in o) {
            batched.push(o.single, id);
            single.push(o.single, id++);
          } else if ('batch' in o) {
            const ids = o.batch.map(() => id++);
            batched.pushBatch(o.batch, ids, (item) => item);
            for (const [k, t] of o.batch.entries()) single.push(t, ids[k] as number);
          } else {
            // A pop between pushes: a later push at an earlier time must still come first.
            const a = batched.pop();
            const b = single.pop();
            if (a) out[0].push(a.event);
            if (b) out[1].push(b.event);
          }
          expect(batched.size).toBe(single.size);
        }
        for (let e = batched.pop(); e !== undefined; e = batched.pop()) out[0].push(e.event);
        for (let e = single.pop(); e !== undefined; e = single.pop()) out[1].push(e.event);
        expect(out[0]).toEqual(out[1]);
      }),
      { seed: TEST_SEED, numRuns: 300 },
    );
  });
});

describe('EventQueue batches with fractional times', () => {
  it('keep (time, index) order when times are not whole milliseconds', () => {
    const q = new EventQueue<number>();
    q.pushBatch([2.5, 1.25, 2.5, 0.75], [0, 1, 2, 3], (i) => i);
    q.push(1.25, 9);
    const out: number[] = [];
    for (let e = q.pop(); e !== undefined; e = q.pop()) out.push(e.event);
    expect(out).toEqual([3, 1, 9, 0, 2]);
  });
});
