import { describe, expect, it } from 'vitest';
import { latencySvg } from '../../src/report/latency-svg.ts';
import type { PercentileRow } from '../../src/sim/latency/percentiles.ts';

const rows: PercentileRow[] = Array.from({ length: 100 }, (_, i) => ({
  percentile: i + 1,
  totalMs: 100 + i,
  networkMs: 40,
  rotorMs: 20 + i / 2,
  notarizationMs: 25,
  finalizationMs: 15 + i / 2,
}));

describe('latency SVG', () => {
  const svg = latencySvg(rows, 'epoch 780 <random leaders>', [
    { percentile: 50, totalMs: 150, label: 'paper: 150 ms' },
  ]);

  it('draws one stacked bar per percentile: four stages each', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const bars = svg.match(/<rect x=/g) ?? [];
    expect(bars.length).toBe(100 * 4 + 4); // bars and legend swatches (the background has no x)
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('escapes text and marks the reference points', () => {
    expect(svg).toContain('epoch 780 &#60;random leaders&#62;');
    // A title element: the chart's alternative text (screen readers; biome's a11y rule).
    expect(svg).toContain('<title>epoch 780 &#60;random leaders&#62;</title>');
    expect(svg).toContain('<circle');
    expect(svg).toContain('paper: 150 ms');
  });

  it('scales the axis to the tallest bar or reference', () => {
    // The tallest bar is 199 ms: the axis runs to 200 and its top label reads 200.
    expect(svg).toMatch(/>200<\/text>/);
  });
});
