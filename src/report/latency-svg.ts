import type { ReferencePoint } from '../sim/latency/paper.ts';
import type { PercentileRow } from '../sim/latency/percentiles.ts';
import { escapeHtml } from './escape.ts';

const STAGES = [
  { key: 'networkMs', name: 'network (direct leader → node)', color: '#4e79a7' },
  { key: 'rotorMs', name: 'Rotor (rest of the block)', color: '#f28e2b' },
  { key: 'notarizationMs', name: 'notarization', color: '#59a14f' },
  { key: 'finalizationMs', name: 'finalization', color: '#e15759' },
] as const;

const WIDTH = 900;
const HEIGHT = 460;
const PLOT = { left: 60, right: 20, top: 40, bottom: 60 } as const;

/**
 * The latency figure as the white paper draws it (§3.7): stake-weighted finalization latency by
 * stake percentile, one stacked bar per percentile (network, Rotor, notarization, finalization),
 * with the paper's reference points as markers. Self-contained SVG: no script, no fonts to fetch.
 */
export function latencySvg(
  rows: readonly PercentileRow[],
  title: string,
  refs: readonly ReferencePoint[],
): string {
  const maxMs = niceCeiling(Math.max(...rows.map((r) => r.totalMs), ...refs.map((r) => r.totalMs), 1));
  const plotW = WIDTH - PLOT.left - PLOT.right;
  const plotH = HEIGHT - PLOT.top - PLOT.bottom;
  const x = (p: number) => PLOT.left + ((p - 0.5) / 100) * plotW;
  const y = (ms: number) => PLOT.top + plotH - (ms / maxMs) * plotH;
  const barW = (plotW / 100) * 0.8;
  const parts: string[] = [];
  for (const row of rows) {
    let base = 0;
    for (const stage of STAGES) {
      const ms = row[stage.key];
      if (!(ms > 0)) continue;
      parts.push(rect(x(row.percentile) - barW / 2, y(base + ms), barW, y(base) - y(base + ms), stage.color));
      base += ms;
    }
  }
  for (const ref of refs) {
    const cx = x(ref.percentile).toFixed(1);
    const cy = y(ref.totalMs).toFixed(1);
    parts.push(`<circle cx="${cx}" cy="${cy}" r="5" fill="none" stroke="#000" stroke-width="2"/>`);
    // Labels near the right edge go to the left of their marker, so they stay inside the chart.
    const left = ref.percentile > 85;
    parts.push(
      text(Number(cx) + (left ? -8 : 7), Number(cy) - 7, escapeHtml(ref.label), 11, left ? 'end' : 'start'),
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    text(WIDTH / 2, 22, escapeHtml(title), 15, 'middle'),
    ...axes(maxMs, x, y, plotH),
    ...parts,
    ...legend(),
    '</svg>',
    '',
  ].join('\n');
}

function axes(maxMs: number, x: (p: number) => number, y: (ms: number) => number, plotH: number): string[] {
  const out: string[] = [];
  const step = maxMs / 5;
  for (let ms = 0; ms <= maxMs + 1e-9; ms += step) {
    out.push(
      `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(ms).toFixed(1)}" y2="${y(ms).toFixed(1)}" stroke="#ddd"/>`,
    );
    out.push(text(PLOT.left - 6, y(ms) + 4, `${Math.round(ms)}`, 11, 'end'));
  }
  for (const p of [1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
    out.push(text(x(p), PLOT.top + plotH + 16, `${p}%`, 11, 'middle'));
  out.push(
    text(
      WIDTH / 2,
      HEIGHT - 28,
      'stake percentile (share of correct stake that has finalized)',
      12,
      'middle',
    ),
  );
  out.push(
    `<text x="16" y="${PLOT.top + plotH / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 16 ${PLOT.top + plotH / 2})">latency (ms)</text>`,
  );
  return out;
}

function legend(): string[] {
  return STAGES.map((stage, i) => {
    const lx = PLOT.left + 10 + i * 200;
    const ly = HEIGHT - 14;
    return `${rect(lx, ly - 9, 10, 10, stage.color)}${text(lx + 14, ly, escapeHtml(stage.name), 11, 'start')}`;
  });
}

function rect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="${fill}"/>`;
}

function text(x: number, y: number, body: string, size: number, anchor: 'start' | 'middle' | 'end'): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" text-anchor="${anchor}">${body}</text>`;
}

/** A round number (1, 1.5, 2, … 8 × a power of ten) at least `ms`: the axis top, in five steps. */
function niceCeiling(ms: number): number {
  const power = 10 ** Math.floor(Math.log10(ms));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * power >= ms) return m * power;
  return 10 * power;
}
