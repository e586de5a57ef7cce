/** A reference point to mark on the chart (the paper's figures). */
export interface ReferencePoint {
  readonly percentile: number;
  readonly totalMs: number;
  readonly label: string;
}

/**
 * The white paper's figures for the epoch-780 set (§3.7; whitepaper-notes §7.4) and the authors'
 * plot for random leaders (implementation-notes §5: qkniep/alpenglow's latency histogram).
 */
export const PAPER_LATENCY = {
  medianMs: 150,
  zurichMedianMs: 115,
  zurichLastMs: 270,
  points: [
    { percentile: 1, totalMs: 142, label: 'paper 142' },
    { percentile: 60, totalMs: 150, label: 'paper 150' },
    { percentile: 80, totalMs: 205, label: 'paper 205' },
    { percentile: 100, totalMs: 300, label: 'paper 300' },
  ] satisfies ReferencePoint[],
} as const;
