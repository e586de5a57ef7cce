import { describe, expect, it } from 'vitest';
import {
  PROGRESS_SLACK_WINDOWS,
  progressAfterStall,
  windowsToCover,
} from '../../../properties/adaptive/progress-after-stall.ts';
import { slowNetwork } from '../../helpers/adaptive-runs.ts';

// ProgressAfterStall (properties/adaptive/progress-after-stall.ts) and its contrast: a network
// slower than the timeouts were made for stalls without adaptive_timeouts and recovers with it.

describe('windowsToCover (n*)', () => {
  it('is the fewest windows of 5 % growth that cover the need, in exact integers', () => {
    expect(windowsToCover(600, 600)).toBe(0);
    expect(windowsToCover(599.5, 600)).toBe(0);
    expect(windowsToCover(601, 600)).toBe(1);
    expect(windowsToCover(630, 600)).toBe(1); // 600 · 1.05 = 630 exactly
    expect(windowsToCover(631, 600)).toBe(2);
    expect(windowsToCover(1200, 600)).toBe(15); // 1.05^14 = 1.98, 1.05^15 = 2.08
  });
});

describe('ProgressAfterStall: the contrast (δ 900 ms, Δtimeout 600 ms)', () => {
  const on = slowNetwork();
  const off = slowNetwork({ adaptive_timeouts: false });

  it('adaptive_timeouts on: finalization resumes within the bound, standstill after standstill', () => {
    expect(on.obs.standstills.length).toBeGreaterThan(0);
    const resumed = on.obs.finalized.filter((f) => f.atMs > (on.obs.standstills[0]?.atMs ?? 0));
    expect(resumed.length).toBeGreaterThan(0);
    expect(progressAfterStall.check(on)).toBeNull();
  });

  it('off: the same config stalls, and the property says so', () => {
    expect(off.obs.finalized).toEqual([]);
    const bound = windowsToCover(off.timing.deltaMs + off.timing.rotorMs, 600) + PROGRESS_SLACK_WINDOWS;
    const message = progressAfterStall.check(off) ?? '';
    expect(message.replace(/at [\d.]+ ms;/, 'at T;')).toBe(
      `validator 0: in a standstill since 10000 ms (standstill slot 5), entered ${bound + 1} windows with correct leaders past it without finalizing (by window ${5 + bound + 1} at T; bound ${bound} = n* ${bound - PROGRESS_SLACK_WINDOWS} + ${PROGRESS_SLACK_WINDOWS})`,
    );
  });

  it('is not judged on a run too short to pass the bound (the stall is not yet shown)', () => {
    const short = slowNetwork({ adaptive_timeouts: false, max_rounds: 30 });
    expect(short.obs.finalized).toEqual([]);
    expect(progressAfterStall.check(short)).toBeNull();
  });
});
