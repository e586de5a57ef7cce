import type { PipelineSummary, SummaryEntry } from '../../report/pipeline-summary.ts';
import type { JobOutcome, JobStatus } from './run-job.ts';

// The summary's shape and its console text live in src/report; re-exported for the verify command.
export {
  type PipelineSummary,
  reproduceLines,
  type SummaryEntry,
  summaryTable,
} from '../../report/pipeline-summary.ts';

/**
 * A job that exits 1 with a report that counts violations is a violation; exit 1 without such a
 * report was an error (bad config, crash).
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
