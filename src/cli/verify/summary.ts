import type { JobOutcome, JobStatus } from './run-job.ts';

export interface SummaryEntry {
  readonly id: string;
  readonly scenario: string;
  readonly status: JobStatus | 'skipped';
  readonly exit_code: number | null;
  readonly duration_ms: number;
  readonly states: number | null;
  readonly violations: number | null;
  readonly violated_properties: string[];
  readonly report: string | null;
  readonly config: string | null;
  readonly log: string | null;
  readonly note: string | null;
}

export interface PipelineSummary {
  readonly profile: string;
  readonly started_at: string;
  readonly duration_ms: number;
  readonly status: 'pass' | 'violation' | 'error' | 'timeout' | 'interrupted';
  readonly exit_code: number;
  readonly scenarios: SummaryEntry[];
}

/**
 * A job that exits 1 with a report that counts violations found one; exit 1 without such a report
 * was an error (bad config, crash).
 */
export function classify(outcome: JobOutcome): JobStatus {
  if (outcome.status !== 'violation') return outcome.status;
  return outcome.report && outcome.report.violations > 0 ? 'violation' : 'error';
}

/** Overall verdict: any violation, else any error, else any interruption or timeout, else pass. */
export function overall(entries: readonly SummaryEntry[]): {
  status: PipelineSummary['status'];
  exitCode: number;
} {
  const has = (s: string) => entries.some((e) => e.status === s);
  if (has('violation')) return { status: 'violation', exitCode: 1 };
  if (has('error')) return { status: 'error', exitCode: 1 };
  if (has('interrupted')) return { status: 'interrupted', exitCode: 130 };
  if (has('timeout')) return { status: 'timeout', exitCode: 124 };
  return { status: 'pass', exitCode: 0 };
}

export function summaryTable(summary: PipelineSummary): string[] {
  const rows = summary.scenarios.map((e) => [
    e.id,
    e.status.toUpperCase(),
    `${(e.duration_ms / 1000).toFixed(1)}s`,
    e.states === null ? '-' : String(e.states),
    e.violations === null ? '-' : String(e.violations),
    e.violated_properties.join(', ') || e.note || '',
  ]);
  const header = ['scenario', 'status', 'time', 'states', 'violations', 'detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
