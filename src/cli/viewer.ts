import { isAbsolute, resolve } from 'node:path';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { TIMED_PROPERTIES } from '../../properties/timed.ts';
import type { AlpenglowConfig } from '../core/config/index.ts';
import { shellQuote } from '../core/shell-quote.ts';
import { reportHtml } from '../report/html.ts';
import { type TraceProperties, traceChart, traceTitle } from '../report/trace-chart.ts';
import type { TestReport } from '../report/types.ts';
import type { ChartSection, CounterexampleView } from '../report/viewer-page.ts';
import type { NativeTrace } from '../sim/trace.ts';
import { importTrace, XvalError } from '../xval/index.ts';
import { cliInvocation } from './command-line.ts';
import { InputError, inputError } from './errors.ts';
import { readTextFile } from './io.ts';

/** What `replay` judges a trace by, so the page and `replay` agree on every verdict. */
export const VIEWER_PROPERTIES: TraceProperties = { safety: SAFETY_PROPERTIES, timed: TIMED_PROPERTIES };

/**
 * Any trace file (native, ITF or TLC text, as `replay` reads them) as a native trace; problems
 * are input errors naming the file. `config` is for TLC or ITF traces that carry none.
 */
export function loadAnyTrace(path: string, config?: AlpenglowConfig): NativeTrace {
  const text = readTextFile(path, 'trace');
  try {
    return importTrace(text, { properties: SAFETY_PROPERTIES, ...(config ? { config } : {}) });
  } catch (error) {
    if (error instanceof XvalError)
      throw inputError(...error.message.split('\n').map((l) => `trace ${path}: ${l}`));
    throw error;
  }
}

/** The chart of a trace with the facts that say where it came from and how to replay it. */
export function traceSection(path: string, trace: NativeTrace, replayCommand?: string): ChartSection {
  const chart = traceChart(trace, VIEWER_PROPERTIES, traceTitle(trace));
  if (chart.rejectedAt !== null)
    throw inputError(
      `trace ${path}: action ${chart.rejectedAt + 1} is not enabled in this model: ${JSON.stringify(trace.actions[chart.rejectedAt])}`,
    );
  const c = trace.config;
  const driver = trace.found_by?.driver;
  const facts: [string, string][] = [
    ['file', path],
    ['seed', String(trace.seed ?? 'unknown')],
    ['validators', `${c.validators} (Byzantine ${c.byzantine_count}, offline ${c.offline_count})`],
    ['thresholds', `${c.fast_path_threshold} / ${c.slow_path_threshold}`],
    ['Byzantine strategy', c.byzantine_strategy],
    ...(typeof driver === 'string' ? [['found by', driver] as [string, string]] : []),
    ...(trace.timed ? [['observed until', `${trace.timed.end_ms} ms`] as [string, string]] : []),
    ['replay', replayCommand ?? `${cliInvocation()} replay ${shellQuote(path)}`],
  ];
  return { chart, facts };
}

/**
 * Every counterexample a report names, each trace once (several properties may share one), read
 * from where the run wrote it: relative paths are relative to the run's directory when the report
 * records it. A trace that cannot be read or replayed is listed with the reason, not fatal: the
 * rest of the page still helps.
 */
export function reportCounterexamples(report: TestReport, cwd: string): CounterexampleView[] {
  const runDirectory = report.metadata?.run_directory ?? cwd;
  const seen = new Set<string>();
  const views: CounterexampleView[] = [];
  for (const p of report.property_results) {
    const path = p.counterexample;
    if (p.passed !== false || path === null || path === undefined || seen.has(path)) continue;
    seen.add(path);
    const file = isAbsolute(path) ? path : resolve(runDirectory, path);
    try {
      views.push({
        property: p.name,
        section: traceSection(path, loadAnyTrace(file), p.reproduce ?? undefined),
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      views.push({ property: p.name, problem: error.problems.join('; ') });
    }
  }
  return views;
}

/** The page of a report with the charts of its counterexamples. */
export function reportPage(report: TestReport, cwd: string): string {
  return reportHtml(report, { cwd }, reportCounterexamples(report, cwd));
}
