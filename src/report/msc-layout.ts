import type { ChartData } from './msc-data.ts';

/** Sizes of the message-sequence chart, in CSS pixels. */
export const GEOMETRY = {
  /** Between two validators' lanes. */
  laneGapPx: 84,
  /** The step (and time) column left of the first lane. */
  leftPx: 120,
  /** Lane headers above the first step. */
  topPx: 56,
  /** One step of an untimed trace, and the average step of a timed one. */
  rowPx: 24,
  /** The least distance between two steps of a timed trace (events at the same millisecond). */
  minRowPx: 16,
  /** The column of step texts right of the last lane. */
  textPx: 440,
} as const;

export interface MscLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  /** x of each validator's lane. */
  readonly laneX: readonly number[];
  /** y of each step; index 0 is the initial state (what was in flight before step 1). */
  readonly rowY: readonly number[];
  /** Where each step's row begins and ends (half way to its neighbours). */
  readonly rowTop: readonly number[];
  readonly rowBottom: readonly number[];
  readonly textX: number;
}

/**
 * Step downward for untimed traces, one row each. Time downward for timed ones: the time axis is
 * scaled so the run takes as many pixels as its steps would (the average step keeps a row), and
 * a step is never closer than `minRowPx` to the one before, so events of the same millisecond
 * stay readable; their times are printed beside them.
 */
export function mscLayout(chart: Pick<ChartData, 'lanes' | 'steps' | 'timed'>): MscLayout {
  const g = GEOMETRY;
  const laneX = chart.lanes.map((_, i) => g.leftPx + g.laneGapPx * (i + 0.5));
  const rowY: number[] = [g.topPx];
  const lastMs = chart.steps.at(-1)?.atMs ?? 0;
  const pxPerMs = lastMs > 0 ? (chart.steps.length * g.rowPx) / lastMs : 0;
  for (const step of chart.steps) {
    const previous = rowY[rowY.length - 1] as number;
    const y =
      chart.timed && step.atMs !== null
        ? Math.max(previous + g.minRowPx, g.topPx + step.atMs * pxPerMs)
        : previous + g.rowPx;
    rowY.push(Math.round(y * 10) / 10);
  }
  const half = (i: number, j: number) => ((rowY[i] as number) + (rowY[j] as number)) / 2;
  const rowTop = rowY.map((y, i) => (i === 0 ? y - g.rowPx / 2 : half(i - 1, i)));
  const rowBottom = rowY.map((y, i) => (i === rowY.length - 1 ? y + g.minRowPx / 2 : half(i, i + 1)));
  const textX = g.leftPx + g.laneGapPx * chart.lanes.length + 12;
  return {
    widthPx: textX + g.textPx,
    heightPx: Math.ceil((rowY[rowY.length - 1] as number) + g.rowPx),
    laneX,
    rowY,
    rowTop,
    rowBottom,
    textX,
  };
}
