import { describe, expect, it } from 'vitest';
import { StateLog } from '../../src/check/state-log.ts';

describe('StateLog', () => {
  it('grows past its initial capacity and walks parent links back to the root', () => {
    const log = new StateLog();
    const root = log.addRoot(2);
    // A long chain (each state the only child of the previous) and a wide fan under the root.
    let last = root;
    for (let i = 0; i < 100_000; i++) last = log.add(last, i % 5);
    const fan = log.add(root, 9);
    expect(log.size).toBe(100_002);
    expect(log.pathTo(fan, 1)).toEqual({ root: 2, actionIndices: [9] });
    const path = log.pathTo(last, 100_000);
    expect(path.root).toBe(2);
    expect(path.actionIndices.length).toBe(100_000);
    expect(path.actionIndices.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 0, 1]);
    expect(() => log.pathTo(last, 10)).toThrow(/deeper than 10/);
    expect(() => log.add(log.size, 0)).toThrow(/not logged/);
  });
});
