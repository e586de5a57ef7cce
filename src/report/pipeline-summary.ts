/**
 * summary.json of `alpenglow verify` (one entry per scenario of a profile) and its console lines.
 * The CLI runs the jobs and fills these in; the text is made here from the data alone.
 */
export type ScenarioStatus =
  | 'pass'
  | 'violation'
  | 'error'
  | 'timeout'
  | 'interrupted'
  | 'skipped'
  /** A job beyond the paper's assumptions found the violation it must find (passes the gate). */
  | 'expected_violation'
  /** A job beyond the paper's assumptions found none: the tool lost a known attack (fails it). */
  | 'missing_violation';

export interface SummaryEntry {
  readonly id: string;
  readonly scenario: string;
  readonly status: ScenarioStatus;
  readonly exit_code: number | null;
  readonly duration_ms: number;
  readonly states: number | null;
  readonly violations: number | null;
  readonly violated_properties: string[];
  readonly report: string | null;
  readonly config: string | null;
  readonly log: string | null;
  readonly note: string | null;
  /** Seed of the run and the commands that repeat it or replay its counterexamples. */
  readonly seed: number | null;
  readonly rerun: string | null;
  readonly reproduce: string[];
  /** Runs the job's report says it did, and the runs it was given (null when no run was made). */
  readonly runs: number | null;
  readonly runs_requested: number | null;
  /** For a job that must find a violation: the property family, and the ones of it that failed. */
  readonly expected_violation: { readonly family: string; readonly found: string[] } | null;
  /** What stopped the job's run before its budget was spent (its report's timeouts / interrupted). */
  readonly stopped_by: 'timeout' | 'signal' | null;
}

export interface PipelineSummary {
  readonly profile: string;
  readonly started_at: string;
  readonly duration_ms: number;
  readonly status: 'pass' | 'violation' | 'missing_violation' | 'error' | 'timeout' | 'interrupted';
  readonly exit_code: number;
  readonly scenarios: SummaryEntry[];
}

/** The table printed at the end of a pipeline run: one row per scenario, columns padded to fit. */
export function summaryTable(summary: PipelineSummary): string[] {
  const rows = summary.scenarios.map((e) => [
    e.id,
    statusCell(e),
    `${(e.duration_ms / 1000).toFixed(1)}s`,
    e.states === null ? '-' : String(e.states),
    e.violations === null ? '-' : String(e.violations),
    clipList(e.violated_properties, 70) || e.note || '',
  ]);
  const header = ['scenario', 'status', 'time', 'states', 'violations', 'detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** A row's status: how far a stopped run got, what an expected violation found. */
function statusCell(e: SummaryEntry): string {
  if (e.status === 'expected_violation') {
    // Found before a stop: the row still says the run did not spend its budget.
    const stopped =
      e.stopped_by && e.runs !== null ? `; stopped by ${e.stopped_by} after ${runsDone(e)}` : '';
    return `EXPECTED VIOLATION (found: ${e.expected_violation?.found[0] ?? '?'}${stopped})`;
  }
  if (e.status === 'missing_violation') return 'FAIL: expected a violation, none found';
  const label = e.status.toUpperCase();
  if ((e.status !== 'timeout' && e.status !== 'interrupted') || e.runs === null) return label;
  return `${label} (${runsDone(e)})`;
}

/** "240 of 300 runs", or "240 runs" when the runs asked for are unknown. */
function runsDone(e: SummaryEntry): string {
  // integration_tests counts the runs of all its drivers, which may exceed the --runs it was given.
  if (e.runs_requested === null || e.runs === null || e.runs > e.runs_requested) return `${e.runs} runs`;
  return `${e.runs} of ${e.runs_requested} runs`;
}

const MAX_REPRODUCE_SHOWN = 3;

/** For each scenario that did not pass: its seed and the commands to repeat it (design.md §4). */
export function reproduceLines(summary: PipelineSummary): string[] {
  const lines: string[] = [];
  for (const e of summary.scenarios) {
    if (e.status === 'pass' || e.status === 'skipped' || e.seed === null) continue;
    lines.push(`${e.id}: seed ${e.seed}`);
    // A sweep can leave dozens of traces; the console shows a few, summary.json has them all.
    for (const command of e.reproduce.slice(0, MAX_REPRODUCE_SHOWN)) lines.push(`  reproduce: ${command}`);
    if (e.reproduce.length > MAX_REPRODUCE_SHOWN)
      lines.push(`  (+${e.reproduce.length - MAX_REPRODUCE_SHOWN} more reproduce commands in summary.json)`);
    if (e.rerun) lines.push(`  rerun: ${e.rerun}`);
  }
  return lines;
}

/** A list for a table cell, cut to about `width` characters (at least one item), saying how many were left out. */
function clipList(items: readonly string[], width: number): string {
  let shown = 1;
  let length = items[0]?.length ?? 0;
  while (shown < items.length && length + 2 + (items[shown] as string).length <= width) {
    length += 2 + (items[shown] as string).length;
    shown++;
  }
  const kept = items.slice(0, shown).join(', ');
  return items.length > shown ? `${kept} … (+${items.length - shown} more)` : kept;
}
