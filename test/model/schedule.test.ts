import { describe, expect, it } from 'vitest';
import { isWindowStart, leaderOf, windowSlots, windowStart } from '../../src/model/schedule.ts';
import { equalStakes, testConfig } from '../helpers/config.ts';

// Convention (reference §8): genesis is slot 0; windows are slots 1..W, W+1..2W, …; the leader
// of a window leads all its slots; round-robin over windows, rotated by leaderOffset.

describe('windows of 4 slots', () => {
  it.each([
    [1, 1, true],
    [2, 1, false],
    [4, 1, false],
    [5, 5, true],
    [8, 5, false],
    [9, 9, true],
  ])('slot %i starts at %i (window start: %s)', (slot, start, first) => {
    expect(windowStart(slot, 4)).toBe(start);
    expect(isWindowStart(slot, 4)).toBe(first);
  });

  it('genesis slot 0 starts no window', () => {
    expect(isWindowStart(0, 4)).toBe(false);
  });

  it('windowSlots lists the whole window, earlier slots included, cut at maxSlot', () => {
    const cfg = testConfig({ stakes: equalStakes(3), maxSlot: 6 });
    expect(windowSlots(cfg, 3)).toEqual([1, 2, 3, 4]);
    expect(windowSlots(cfg, 5)).toEqual([5, 6]);
  });

  it('windows of one slot: every slot starts a window', () => {
    expect([1, 2, 3].map((s) => isWindowStart(s, 1))).toEqual([true, true, true]);
  });
});

describe('leaderOf', () => {
  it.each([
    [0, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 0]],
    [2, [2, 2, 2, 2, 0, 0, 0, 0, 1, 1, 1, 1, 2]],
  ])('offset %i: one leader per window, round-robin over 3 validators', (offset, leaders) => {
    const cfg = testConfig({ stakes: equalStakes(3), maxSlot: 13, leaderOffset: offset });
    expect(leaders.map((_, i) => leaderOf(cfg, i + 1))).toEqual(leaders);
  });
});
