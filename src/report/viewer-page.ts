import { escapeHtml, scriptJson } from './escape.ts';
import type { ChartData } from './msc-data.ts';
import { ARROW_COLOURS, arrowCss, formatMs, mscSvg } from './msc-svg.ts';
import { VIEWER_SCRIPT } from './viewer-script.ts';

/** One counterexample on a page: its chart, and the facts shown above it (file, seed, replay command). */
export interface ChartSection {
  readonly chart: ChartData;
  readonly facts: readonly (readonly [string, string])[];
}

/** What a report's counterexample turned into: a chart, or why there is none (an unreadable trace). */
export type CounterexampleView =
  | { readonly property: string; readonly section: ChartSection }
  | { readonly property: string; readonly problem: string };

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccd;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#eef}.bad{color:#b00020;font-weight:600}.ok{color:#186a3b}.warn{color:#8a5a00}.quiet{color:#667}code{background:#f4f4f8;padding:0 .2rem}
.controls{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.5rem 0}.controls button{font:inherit;padding:.15rem .6rem}
.filters label{margin-right:.5rem;white-space:nowrap}.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.2em}
.view{display:flex;gap:1rem;align-items:flex-start}.scroll{overflow:auto;max-height:78vh;border:1px solid #ccd;flex:0 1 auto;min-width:20rem}
.detail{flex:1 1 24rem;min-width:18rem;max-width:34rem;max-height:78vh;overflow:auto;border:1px solid #ccd;padding:0 .8rem;font-size:13px}.detail li{margin:.15rem 0}.detail table{margin:.3rem 0}
.detail td{padding:.1rem .4rem}.props{width:100%}.facts span{margin-right:1.2rem;white-space:nowrap;display:inline-block}.facts b{color:#445}
svg.msc,svg.msc-head{display:block;font:12px system-ui,sans-serif}svg.msc-head{position:sticky;top:0;background:#fff;z-index:1;border-bottom:1px solid #eef}svg .row{fill:transparent}svg .step{cursor:pointer}svg .step:hover .row{fill:#f3f5fa}
svg .violating .row{fill:#fde2e4}svg .step.on .row{fill:#d7e6ff;stroke:#1f5fbf;stroke-width:1}svg .violating.on .row{fill:#f9c6cc}
svg .sn{fill:#556}svg .ms{fill:#556;text-anchor:end}svg .st{fill:#1b1f24}svg .vt{fill:#b00020;font-weight:700}svg .dim text{opacity:.35}
svg .lh{font-weight:700;text-anchor:middle;font-size:13px}svg .lr{text-anchor:middle;fill:#667;font-size:11px}
svg .lane line{stroke:#99a;stroke-width:1.5}svg .byzantine line{stroke:#b00020;stroke-dasharray:6 3}svg .byzantine .lh{fill:#b00020}svg .lane-head.offline text{fill:#99a}svg .offline line{stroke:#ccd;stroke-dasharray:2 3}
svg .arrow line{stroke-width:1.3}svg .t-cert line{stroke-width:2.6}svg .t-block line{stroke-width:2.2}svg .arrow.on line{stroke-width:3.4}svg .t-cert.on line{stroke-width:4.5}
svg .mark *{stroke-width:1.5}svg .m-timeout *{fill:#fff;stroke:#d68910}svg .m-propose *{fill:#1f5fbf;stroke:#1f5fbf}svg .m-byzPropose *{fill:#b00020;stroke:#b00020}
svg .m-standstill *{fill:#fff;stroke:#555}svg .m-finalized *{fill:#f5c400;stroke:#7a5d00}svg .hid{display:none}
${arrowCss()}`;

/** A whole page: the styles, the body, and the viewer's script when the body holds a chart. */
export function viewerPage(title: string, body: string, withScript: boolean): string {
  const script = withScript ? `<script>${VIEWER_SCRIPT}</script>` : '';
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}${script}</body></html>\n`;
}

/** Label/value pairs in one flowing block (a chart's facts: the chart, not they, should fill the screen). */
export function factLine(facts: readonly (readonly [string, string])[]): string {
  const items = facts.map(([k, v]) => `<span><b>${escapeHtml(k)}</b> ${escapeHtml(v)}</span>`);
  return `<p class="facts">${items.join('')}</p>`;
}

/**
 * One chart with its controls (navigation, the filters by validator and by message kind, which
 * double as the colour legend), the SVG and the details panel the script fills.
 */
export function chartSectionHtml(
  section: ChartSection,
  index: number,
  show: { readonly hidden: boolean; readonly heading: boolean },
): string {
  const { chart } = section;
  const violation = chart.violation
    ? `<p class="bad">${escapeHtml(chart.violation.property)} violated at step ${chart.violation.step}: ${escapeHtml(chart.violation.message)}</p>`
    : '<p class="ok">no violation recorded</p>';
  const nav = ['first:|◀ first', 'prev:◀ previous', 'next:next ▶', 'last:last ▶|', 'violation:⚠ violation']
    .map((b) => b.split(':') as [string, string])
    .map(([go, label]) => {
      const off = go === 'violation' && chart.violation === null ? ' disabled' : '';
      return `<button type="button" data-go="${go}"${off}>${label}</button>`;
    })
    .join('');
  const nodes = chart.lanes
    .map((l) => `<label><input type="checkbox" data-node="${l.node}" checked>v${l.node}</label>`)
    .join('');
  const kinds = [...new Set(chart.arrows.map((a) => `${a.type}-${a.kind}`))]
    .sort()
    .map((id) => {
      const [type, kind] = id.split('-') as [keyof typeof ARROW_COLOURS, string];
      const colour = ARROW_COLOURS[type][kind] ?? '#444';
      const name = type === 'block' ? 'block' : `${kind} ${type}`;
      return `<label><input type="checkbox" data-kind="${id}" checked><span class="swatch" style="background:${colour}"></span>${name}</label>`;
    })
    .join('');
  return (
    `<section class="chart" id="chart-${index}"${show.hidden ? ' hidden' : ''}>` +
    `${show.heading ? `<h3>${escapeHtml(chart.title)}</h3>` : ''}${factLine(section.facts)}${violation}` +
    `<div class="controls">${nav}<span class="pos">${chart.steps.length} steps</span>` +
    '<span class="quiet">keys: ↓/j next, ↑/k previous, Home, End, v violation; click a row</span></div>' +
    `<div class="controls filters"><span>validators:</span>${nodes}</div>` +
    `<div class="controls filters"><span>messages:</span>${kinds || '<span class="quiet">none delivered</span>'}</div>` +
    `<div class="controls quiet">marks: ★ finalization, ■ proposal (red: Byzantine), ○ timeout, ◇ standstill; ${chart.timed ? 'time' : 'step'} runs downward</div>` +
    `<div class="view"><div class="scroll">${mscSvg(chart, `c${index}`)}</div><aside class="detail"></aside></div>` +
    `<script type="application/json" class="data">${scriptJson(panelData(chart))}</script></section>`
  );
}

/**
 * Several counterexamples on one page: a chooser, then each chart (only the chosen one shown).
 * A counterexample whose trace could not be read is listed with the reason.
 */
export function counterexamplesHtml(views: readonly CounterexampleView[]): string {
  const charts = views.filter(
    (v): v is Extract<CounterexampleView, { section: ChartSection }> => 'section' in v,
  );
  const problems = views
    .filter((v): v is Extract<CounterexampleView, { problem: string }> => 'problem' in v)
    .map((v) => `<li>${escapeHtml(v.property)}: <span class="warn">${escapeHtml(v.problem)}</span></li>`);
  const options = charts
    .map(
      (v, i) =>
        `<option value="${i}">${escapeHtml(v.property)} (${v.section.chart.steps.length} steps)</option>`,
    )
    .join('');
  const pick =
    charts.length > 1 ? `<p><label>counterexample: <select id="pick">${options}</select></label></p>` : '';
  return (
    `<h2>Counterexamples</h2>${pick}${charts.map((v, i) => chartSectionHtml(v.section, i, { hidden: i > 0, heading: true })).join('')}` +
    (problems.length > 0 ? `<ul>${problems.join('')}</ul>` : '')
  );
}

/** What the script needs beyond the SVG: each step's words, changes and property statuses. */
function panelData(chart: ChartData): unknown {
  return {
    steps: chart.steps.map((s) => ({
      index: s.index,
      time: s.atMs === null ? null : formatMs(s.atMs),
      text: s.text,
      changes: s.changes,
      failing: s.failing,
    })),
    properties: chart.properties,
    messages: chart.messages,
    violation: chart.violation,
  };
}
