import type { PipelineSummary, SummaryEntry } from '../../report/pipeline-summary.ts';

// The summary's shape and its console text live in src/report; re-exported for the verify command.
export {
  type PipelineSummary,
  reproduceLines,
  type SummaryEntry,
  summaryTable,
} from '../../report/pipeline-summary.ts';

import { SIGNAL_EXIT_CODES } from '../signal-latch.ts';

/**
 * Overall verdict: any violation, else a violation that should have been found and was not, else
 * any error, else any interruption or timeout, else pass. An expected violation counts as a pass;
 * a pipeline in which no job ran is an error, never a pass.
 */
export function overall(entries: readonly SummaryEntry[]): {
  status: PipelineSummary['status'];
  exitCode: number;
} {
  const has = (s: string) => entries.some((e) => e.status === s);
  if (has('violation')) return { status: 'violation', exitCode: 1 };
  if (has('missing_violation')) return { status: 'missing_violation', exitCode: 1 };
  if (has('error') || entries.every((e) => e.status === 'skipped')) return { status: 'error', exitCode: 1 };
  const stopped = entries.find((e) => e.status === 'interrupted');
  if (stopped)
    return {
      status: 'interrupted',
      exitCode:
        stopped.exit_code === SIGNAL_EXIT_CODES.SIGTERM
          ? SIGNAL_EXIT_CODES.SIGTERM
          : SIGNAL_EXIT_CODES.SIGINT,
    };
  if (has('timeout')) return { status: 'timeout', exitCode: 124 };
  return { status: 'pass', exitCode: 0 };
}
