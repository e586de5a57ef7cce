import { describe, expect, it } from 'vitest';
import {
  CAP_WINDOWS,
  GROWTH_DENOMINATOR,
  GROWTH_NUMERATOR,
  grownMs,
  MAX_TIMEOUT_MS,
  multiplierForReport,
  windowsSinceStandstill,
} from '../../../src/sim/timed/timeout-growth.ts';

// Timeout growth (src/sim/timed/timeout-growth.ts): ⌊base · 1.05^w⌋ in exact arithmetic, capped
// at agave's MAX_TIMEOUT_SECS = 3600 (votor/src/timer_manager/timers.rs).

describe('windowsSinceStandstill', () => {
  it("counts whole leader windows from the standstill slot (agave's integer division)", () => {
    expect(windowsSinceStandstill(9, null, 4)).toBe(0);
    expect(windowsSinceStandstill(9, 9, 4)).toBe(0);
    expect(windowsSinceStandstill(12, 9, 4)).toBe(0);
    expect(windowsSinceStandstill(13, 9, 4)).toBe(1);
    expect(windowsSinceStandstill(49, 9, 4)).toBe(10);
  });

  it('is 0 for a slot below the standstill slot (saturating_sub)', () => {
    expect(windowsSinceStandstill(5, 9, 4)).toBe(0);
  });
});

describe('grownMs', () => {
  it('is the base at 0 windows and ⌊base · 21^w / 20^w⌋ after w', () => {
    expect(grownMs(750, 0)).toBe(750);
    expect(grownMs(750, 1)).toBe(787); // 787.5
    expect(grownMs(400, 2)).toBe(441); // 441
    expect(grownMs(600, 2)).toBe(661); // 661.5
    // 1.05^10 = 1.628894626777442 (agave's test at slot 40): 750 ms -> 1221.67 ms
    expect(grownMs(750, 10)).toBe(1221);
  });

  it('agrees with the float formula to within a millisecond where floats are exact enough', () => {
    for (let w = 0; w <= 100; w++) {
      const exact = Number((750n * GROWTH_NUMERATOR ** BigInt(w)) / GROWTH_DENOMINATOR ** BigInt(w));
      expect(Math.abs(grownMs(750, w) - Math.min(exact, MAX_TIMEOUT_MS))).toBe(0);
      expect(Math.abs(grownMs(750, w) - Math.min(750 * 1.05 ** w, MAX_TIMEOUT_MS))).toBeLessThan(1);
    }
  });

  it('is non-decreasing in the windows and never above 3,600 s', () => {
    let previous = 0;
    for (let w = 0; w <= 2 * CAP_WINDOWS; w += 7) {
      const grown = grownMs(400, w);
      expect(grown).toBeGreaterThanOrEqual(previous);
      expect(grown).toBeLessThanOrEqual(MAX_TIMEOUT_MS);
      previous = grown;
    }
    expect(grownMs(400, 1_000_000)).toBe(MAX_TIMEOUT_MS);
  });

  it('caps every base of at least 1 ms at CAP_WINDOWS windows, so the power can stop growing there', () => {
    expect(grownMs(1, CAP_WINDOWS)).toBe(MAX_TIMEOUT_MS);
    expect(grownMs(1, CAP_WINDOWS - 2)).toBeLessThan(MAX_TIMEOUT_MS);
  });

  it('caps a base above the cap as agave does (min after multiplying)', () => {
    expect(grownMs(MAX_TIMEOUT_MS + 5, 0)).toBe(MAX_TIMEOUT_MS);
  });

  it('refuses a fractional base or a negative window count (a caller bug, not a timer)', () => {
    expect(() => grownMs(1.5, 1)).toThrow(/whole number of ms/);
    expect(() => grownMs(10, -1)).toThrow(/not a count/);
  });
});

describe('multiplierForReport', () => {
  it('reports 1.05^w rounded to 6 decimals', () => {
    expect(multiplierForReport(0)).toBe(1);
    expect(multiplierForReport(10)).toBe(1.628895);
  });
});
