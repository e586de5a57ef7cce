import { shellQuote } from '../core/shell-quote.ts';
import { escapeHtml } from './escape.ts';
import type { TestReport } from './types.ts';
import { heldText, reportVerdictCode, verdictHeadline } from './verdict.ts';
import {
  type ChartSection,
  type CounterexampleView,
  chartSectionHtml,
  counterexamplesHtml,
  viewerPage,
} from './viewer-page.ts';

const UNKNOWN_RUN_DIRECTORY =
  '<p class="warn">commands run from the directory the scenario ran in (this report does not record which)</p>';

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

/**
 * A self-contained HTML page (no external files: it works from file://) for a TestReport: the
 * verdict and metrics, the chart of each counterexample given (with the viewer's script), the
 * property table and the config.
 */
export function reportHtml(
  report: TestReport,
  where: PageContext,
  counterexamples: readonly CounterexampleView[] = [],
): string {
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
  const charts = counterexamples.length > 0 ? counterexamplesHtml(counterexamples) : '';
  return viewerPage(
    `${report.scenario} report`,
    `<h1>${escapeHtml(report.scenario)}: ${verdict}</h1><p>${escapeHtml(report.timestamp)}</p><table>${factRows}</table>${runDirectory === undefined ? UNKNOWN_RUN_DIRECTORY : ''}` +
      charts +
      `<h2>Properties</h2><table><tr><th>property</th><th>verdict</th><th>steps</th><th>counterexample</th></tr>${rows}</table>` +
      `<h2>Config</h2><pre>${escapeHtml(JSON.stringify(report.config, null, 2))}</pre>`,
    counterexamples.some((c) => 'section' in c),
  );
}

/** A self-contained page for one trace: its facts, its chart, step navigation and property statuses. */
export function traceHtml(section: ChartSection): string {
  const title = escapeHtml(section.chart.title);
  return viewerPage(
    section.chart.title,
    `<h1>${title}</h1>${chartSectionHtml(section, 0, { hidden: false, heading: false })}`,
    true,
  );
}
