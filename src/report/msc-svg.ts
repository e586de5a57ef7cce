import { escapeHtml } from './escape.ts';
import type { MessageType, MscArrow } from './msc-arrows.ts';
import type { ChartData, ChartMark } from './msc-data.ts';
import { GEOMETRY, type MscLayout, mscLayout } from './msc-layout.ts';

/**
 * Arrow colours by message type and kind: blocks blue; Notar-family green, Skip-family orange,
 * Final-family purple, each fallback paler; certificates darker and drawn thicker than votes.
 */
export const ARROW_COLOURS: Readonly<Record<MessageType, Readonly<Record<string, string>>>> = {
  block: { block: '#1f5fbf' },
  vote: {
    notar: '#1e8449',
    notarFallback: '#58b87a',
    skip: '#d68910',
    skipFallback: '#eab06a',
    final: '#8e44ad',
  },
  cert: {
    notar: '#0b4f2a',
    notarFallback: '#1f9d55',
    skip: '#9c4a00',
    final: '#5b2c6f',
    fastFinal: '#b0207a',
  },
};

const MARK_SHAPES: Record<ChartMark['kind'], (x: number, y: number) => string> = {
  timeout: (x, y) => `<circle cx="${x}" cy="${y}" r="5"/>`,
  propose: (x, y) => `<rect x="${x - 5}" y="${y - 5}" width="10" height="10"/>`,
  byzPropose: (x, y) => `<rect x="${x - 5}" y="${y - 5}" width="10" height="10"/>`,
  standstill: (x, y) => `<path d="M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z"/>`,
  finalized: (x, y) => `<path d="${star(x, y, 8, 3.5)}"/>`,
};

/**
 * The message-sequence chart as inline SVG (no external references: it works from file://).
 * Every element the page's script touches carries its step (and validators, kind) as data
 * attributes; ids are prefixed so several charts can share a page.
 */
export function mscSvg(chart: ChartData, idPrefix: string): string {
  const layout = mscLayout(chart);
  const { widthPx } = layout;
  const head = HEAD_PX;
  const bodyHeight = layout.heightPx - head;
  // The lane headers are their own SVG, sticky at the top of the scrolling box, so a long chart
  // keeps saying which lane is whose; the body's view box starts below them.
  const header =
    `<svg class="msc-head" width="${widthPx}" height="${head}" viewBox="0 0 ${widthPx} ${head}">` +
    `${laneHeads(chart, layout)}</svg>`;
  const body = [
    `<svg class="msc" width="${widthPx}" height="${bodyHeight}" viewBox="0 ${head} ${widthPx} ${bodyHeight}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    markers(chart, idPrefix),
    rows(chart, layout),
    lanes(chart, layout),
    ...chart.arrows.map((a) => arrow(a, layout, idPrefix)),
    ...chart.marks.map((m) => mark(m, layout)),
    '</svg>',
  ];
  return header + body.join('');
}

/** Height of the lane headers (validator, role, stake share). */
const HEAD_PX = 44;

function markers(chart: ChartData, idPrefix: string): string {
  const used = new Set(chart.arrows.map((a) => `${a.type}-${a.kind}`));
  const defs = [...used].sort().map((id) => {
    const [type, kind] = id.split('-') as [MessageType, string];
    const colour = ARROW_COLOURS[type][kind] ?? '#444';
    return `<marker id="${idPrefix}-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${colour}"/></marker>`;
  });
  return `<defs>${defs.join('')}</defs>`;
}

/** One row per step: the band the page highlights, the step number (and time), the step's words. */
function rows(chart: ChartData, layout: MscLayout): string {
  const v = chart.violation?.step ?? -1;
  return chart.steps
    .map((s) => {
      const i = s.index;
      const y = layout.rowY[i] as number;
      const top = layout.rowTop[i] as number;
      const height = (layout.rowBottom[i] as number) - top;
      const time =
        s.atMs === null
          ? ''
          : `<text class="ms" x="${GEOMETRY.leftPx - 6}" y="${y + 4}">${formatMs(s.atMs)}</text>`;
      // The violating step says so in the step column, so the text column stays one message wide.
      const flag =
        i === v
          ? `<text class="vt" x="40" y="${y + 4}">⚠<title>${escapeHtml(chart.violation?.property ?? '')} violated</title></text>`
          : '';
      return (
        `<g class="step${i === v ? ' violating' : ''}" data-step="${i}">` +
        `<rect class="row" x="0" y="${top}" width="${layout.widthPx}" height="${height}"/>` +
        `<text class="sn" x="6" y="${y + 4}">${i}</text>${flag}${time}` +
        `<text class="st" x="${layout.textX}" y="${y + 4}">${escapeHtml(s.text)}</text></g>`
      );
    })
    .join('');
}

function laneHeads(chart: ChartData, layout: MscLayout): string {
  return chart.lanes
    .map((lane) => {
      const x = layout.laneX[lane.node] as number;
      const role = lane.role === 'honest' ? '' : lane.role === 'byzantine' ? 'Byzantine · ' : 'offline · ';
      return (
        `<g class="lane-head ${lane.role}"><text class="lh" x="${x}" y="18">v${lane.node}</text>` +
        `<text class="lr" x="${x}" y="34">${role}${escapeHtml(lane.stakeShare)}</text></g>`
      );
    })
    .join('');
}

function lanes(chart: ChartData, layout: MscLayout): string {
  const bottom = layout.heightPx - 4;
  return chart.lanes
    .map((lane) => {
      const x = layout.laneX[lane.node] as number;
      return `<g class="lane ${lane.role}" data-node="${lane.node}"><line x1="${x}" y1="${HEAD_PX}" x2="${x}" y2="${bottom}"/></g>`;
    })
    .join('');
}

function arrow(a: MscArrow, layout: MscLayout, idPrefix: string): string {
  const x2 = layout.laneX[a.to] as number;
  const y2 = layout.rowY[a.step] as number;
  // An unknown sender: a short arrow from the left of the recipient's lane, at the delivery.
  const x1 = a.from === null ? x2 - 36 : (layout.laneX[a.from] as number);
  const y1 = a.from === null ? y2 - 10 : (layout.rowY[a.sentStep] as number);
  const sent = a.from === null ? 'sender unknown' : `v${a.from} at step ${a.sentStep}`;
  return (
    `<g class="arrow t-${a.type} k-${a.kind}" data-step="${a.step}" data-from="${a.from ?? ''}" data-to="${a.to}" data-type="${a.type}" data-kind="${a.kind}">` +
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" marker-end="url(#${idPrefix}-${a.type}-${a.kind})"/>` +
    `<title>step ${a.step}: ${escapeHtml(a.label)} to v${a.to} (sent by ${sent})</title></g>`
  );
}

function mark(m: ChartMark, layout: MscLayout): string {
  const x = layout.laneX[m.node] as number;
  const y = layout.rowY[m.step] as number;
  return `<g class="mark m-${m.kind}" data-step="${m.step}" data-node="${m.node}">${MARK_SHAPES[m.kind](x, y)}<title>step ${m.step}: ${escapeHtml(m.label)}</title></g>`;
}

/** "1,234.5 ms": the simulator's times are fractional milliseconds. */
export function formatMs(ms: number): string {
  return `${ms.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;
}

function star(x: number, y: number, outer: number, inner: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(x + r * Math.cos(angle)).toFixed(1)} ${(y + r * Math.sin(angle)).toFixed(1)}`;
  });
  return `M${points.join('L')}Z`;
}

/** CSS rules that colour each arrow kind (generated from ARROW_COLOURS, so legend and chart agree). */
export function arrowCss(): string {
  return Object.entries(ARROW_COLOURS)
    .flatMap(([type, kinds]) =>
      Object.entries(kinds).map(([kind, colour]) => `.t-${type}.k-${kind} line{stroke:${colour}}`),
    )
    .join('');
}
