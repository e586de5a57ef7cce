import { shellQuote } from '../core/shell-quote.ts';
import type { TestReport } from './types.ts';
import { heldText, reportVerdictCode, verdictHeadline } from './verdict.ts';

/** A trace as the viewer shows it: header facts and one described line per step. */
export interface TraceView {
  readonly title: string;
  readonly facts: readonly [string, string][];
  readonly steps: readonly { text: string; violations: string[] }[];
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1b1f24}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccd;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#eef}.bad{color:#b00020;font-weight:600}.ok{color:#186a3b}.warn{color:#8a5a00}code{background:#f4f4f8;padding:0 .2rem}
ol li{margin:.15rem 0}.hit{background:#fde8ea}`;

const UNKNOWN_RUN_DIRECTORY =
  '<p class="warn">commands run from the directory the scenario ran in (this report does not record which)</p>';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
}

/** Where the page is made (given as data: src/report reads no process state). */
export interface PageContext {
  /** Absolute current directory: the page's commands must run from here. */
  readonly cwd: string;
}

/**
 * A recorded command, runnable from `cwd`. Its CLI path and file arguments are relative to the
 * directory the scenario ran in, so when that differs, go there first: `cd DIR && …` keeps the
 * command exactly as the run printed it (rewriting to absolute paths would mean knowing which
 * arguments are paths). Unknown (an older report): as recorded, and the page says so.
 */
function runnableFrom(command: string, runDirectory: string | undefined, cwd: string): string {
  if (runDirectory === undefined || runDirectory === cwd) return command;
  return `cd ${shellQuote(runDirectory)} && ${command}`;
}

/** A self-contained HTML page (no scripts, no external files) for a TestReport. */
export function reportHtml(report: TestReport, where: PageContext): string {
  const runDirectory = report.metadata?.run_directory;
  const runnable = (command: string) => runnableFrom(command, runDirectory, where.cwd);
  // A bounded search's "no violation up to depth N" is neither a pass nor a failure: its own colour.
  const code = report.verdict ?? reportVerdictCode(report);
  const tone = code === 'pass' ? 'ok' : code === 'no_violation_bounded' ? 'warn' : 'bad';
  const verdict = `<span class="${tone}">${escapeHtml(verdictHeadline(report))}</span>`;
  const rows = report.property_results
    .map((p) => {
      const held = heldText(p);
      const status =
        p.passed === null
          ? 'not checked'
          : p.passed
            ? `<span class="${held === 'holds' ? 'ok' : 'warn'}">${escapeHtml(held)}</span>`
            : '<span class="bad">violated</span>';
      const detail = p.error
        ? `${escapeHtml(p.error)}${p.reproduce ? `<br><code>${escapeHtml(runnable(p.reproduce))}</code>` : ''}`
        : '';
      return `<tr><td>${escapeHtml(p.name)}</td><td>${status}</td><td>${p.counterexample_length ?? ''}</td><td>${detail}</td></tr>`;
    })
    .join('');
  const m = report.metrics;
  const facts: [string, unknown][] = [
    ['seed', report.seed],
    ['mode', report.mode],
    ['runs', report.runs],
    ['states explored', report.states_explored],
    ['distinct states', m.coverage.unique_states],
    ['duration', `${report.duration_ms} ms`],
    ['states/s', m.states_per_second],
    ['peak memory', m.peak_memory_bytes === null ? null : `${Math.round(m.peak_memory_bytes / 1e6)} MB`],
    ['rerun', runnable(report.reproduce)],
    ['run directory', runDirectory],
  ];
  const factRows = facts
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(String(v ?? 'n/a'))}</td></tr>`)
    .join('');
  return page(
    `${report.scenario} report`,
    `<h1>${escapeHtml(report.scenario)}: ${verdict}</h1><p>${escapeHtml(report.timestamp)}</p><table>${factRows}</table>${runDirectory === undefined ? UNKNOWN_RUN_DIRECTORY : ''}` +
      `<h2>Properties</h2><table><tr><th>property</th><th>verdict</th><th>steps</th><th>counterexample</th></tr>${rows}</table>` +
      `<h2>Config</h2><pre>${escapeHtml(JSON.stringify(report.config, null, 2))}</pre>`,
  );
}

/** A self-contained HTML page for a replayed trace: every step in words, violations marked. */
export function traceHtml(view: TraceView): string {
  const facts = view.facts
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('');
  const steps = view.steps
    .map((s) => {
      const hits = s.violations.map((v) => `<br><span class="bad">${escapeHtml(v)}</span>`).join('');
      return `<li class="${s.violations.length > 0 ? 'hit' : ''}">${escapeHtml(s.text)}${hits}</li>`;
    })
    .join('');
  return page(
    view.title,
    `<h1>${escapeHtml(view.title)}</h1><table>${facts}</table><h2>Steps</h2><ol>${steps}</ol>`,
  );
}
