import { describe, expect, it } from 'vitest';
import { oneLeaderPerWindow } from '../../../properties/schedule/one-leader-per-window.ts';
import { SOLANA_SCHEDULE } from '../../../properties/schedule/types.ts';
import { DRAW_PER_SLOT } from './buggy-schedules.ts';

const c = { epoch: 1n, stakes: [10n, 20n, 30n], windows: 6, windowSize: 4 };

describe('OneLeaderPerWindow', () => {
  it('holds for Solana’s schedule with 4-slot windows', () => {
    expect(oneLeaderPerWindow.check(c, SOLANA_SCHEDULE)).toBeNull();
  });
  it('fails for a draw per slot: a window with two leaders', () => {
    expect(oneLeaderPerWindow.check(c, DRAW_PER_SLOT)).toMatch(
      /^window 0 has two leaders: 1 and 2 \(slot 2\) \(leader-schedule --epoch 1 --stakes 10,20,30 --slots 24 --window-size 4\)$/,
    );
  });
  it('fails for a leader outside the table', () => {
    expect(oneLeaderPerWindow.check(c, (_e, _epoch, slots) => new Array(slots).fill(3))).toMatch(
      /^slot 0: leader 3 is not a validator of the table/,
    );
  });
});
