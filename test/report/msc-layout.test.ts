import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { TIMED_PROPERTIES } from '../../properties/timed.ts';
import { GEOMETRY, mscLayout } from '../../src/report/msc-layout.ts';
import { traceChart } from '../../src/report/trace-chart.ts';
import { storyTrace } from '../cli/replay-traces.ts';
import { timedRunTrace } from './viewer-traces.ts';

const PROPERTIES = { safety: SAFETY_PROPERTIES, timed: TIMED_PROPERTIES };

describe('mscLayout', () => {
  it('untimed: one row per step downward, one lane per validator', () => {
    const layout = mscLayout(traceChart(storyTrace(), PROPERTIES, 's'));
    expect(layout.rowY).toEqual(Array.from({ length: 9 }, (_, i) => GEOMETRY.topPx + i * GEOMETRY.rowPx));
    expect(layout.laneX.length).toBe(5);
    expect(layout.laneX[1]! - layout.laneX[0]!).toBe(GEOMETRY.laneGapPx);
    expect(layout.textX).toBeGreaterThan(layout.laneX[4]!);
  });

  it('timed: time downward, later inputs lower, never closer than the least row, gaps in time kept', () => {
    const chart = traceChart(timedRunTrace(), PROPERTIES, 't');
    const layout = mscLayout(chart);
    const steps = chart.steps;
    const lastMs = steps.at(-1)?.atMs as number;
    const pxPerMs = (steps.length * GEOMETRY.rowPx) / lastMs;
    for (let i = 1; i < steps.length; i++) {
      const gap = layout.rowY[i + 1]! - layout.rowY[i]!;
      expect(gap).toBeGreaterThanOrEqual(GEOMETRY.minRowPx - 0.1);
      // A step is at least as far below the top as its time says (rounding aside).
      expect(layout.rowY[i + 1]!).toBeGreaterThanOrEqual(GEOMETRY.topPx + steps[i]!.atMs! * pxPerMs - 0.1);
    }
    // Bounded: the time axis takes as many pixels as rows would, plus the least spacing of each step.
    expect(layout.heightPx).toBeLessThanOrEqual(
      GEOMETRY.topPx + steps.length * (GEOMETRY.rowPx + GEOMETRY.minRowPx) + GEOMETRY.rowPx,
    );
    // The bands tile the chart: each row ends where the next begins.
    for (let i = 1; i < steps.length; i++) expect(layout.rowBottom[i]).toBe(layout.rowTop[i + 1]);
  });
});
