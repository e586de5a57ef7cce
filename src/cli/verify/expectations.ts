import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { TIMED_PROPERTIES } from '../../../properties/timed.ts';
import type { ScenarioStatus, SummaryEntry } from '../../report/pipeline-summary.ts';
import type { PipelineJob, PropertyFamily } from './profiles.ts';
import type { JobOutcome } from './run-job.ts';

const FAMILY_PROPERTIES: Readonly<Record<PropertyFamily, readonly string[]>> = {
  safety: SAFETY_PROPERTIES.map((p) => p.name),
  liveness: TIMED_PROPERTIES.map((p) => p.name),
};

/** A job's verdict for the summary: its status and the note that explains it. */
export type JobVerdict = Pick<SummaryEntry, 'status' | 'note' | 'expected_violation'>;

/**
 * A job that exits 1 with a report that counts violations is a violation; exit 1 without such a
 * report was an error (bad config, crash).
 */
export function classify(outcome: JobOutcome): ScenarioStatus {
  if (outcome.status !== 'violation') return outcome.status;
  return outcome.report && outcome.report.violations > 0 ? 'violation' : 'error';
}

/**
 * Judges a job against what its profile expects. A job beyond the paper's assumptions
 * (`expect: 'violation'`) passes the gate only when it finds a violation of the expected family;
 * when it finds none the tool has lost the power to find a known attack, and that fails loudly.
 */
export function judge(job: PipelineJob, outcome: JobOutcome): JobVerdict {
  const status = classify(outcome);
  const plain = outcome.firstError ?? job.note ?? null;
  if (job.expect !== 'violation') return { status, note: plain, expected_violation: null };
  const family = job.expectedFamily ?? 'safety';
  const names = FAMILY_PROPERTIES[family];
  const found = (outcome.report?.property_results ?? [])
    .filter((p) => p.passed === false && names.includes(propertyOf(p.name)))
    .map((p) => p.name);
  const expected_violation = { family, found };
  const because = job.expectedBecause ?? 'beyond the paper’s assumptions';
  const what = `a ${family} violation (${because})`;
  const verdict = (s: ScenarioStatus, note: string | null) => ({ status: s, note, expected_violation });
  if (status === 'pass') return verdict('missing_violation', `expected ${what}, none found`);
  if (status === 'timeout') return verdict(status, `expected ${what}, none found before the timeout`);
  if (status !== 'violation') return verdict(status, plain);
  if (found.length > 0) return verdict('expected_violation', `expected: ${because}`);
  return verdict(status, `expected ${what}, but only properties of another family failed`);
}

/** `WindowChain [withholding.b2]` → `WindowChain`: a sweep cell or driver label is not part of the property (scenarios/outcome.ts). */
function propertyOf(reportName: string): string {
  const label = reportName.indexOf(' [');
  return label === -1 ? reportName : reportName.slice(0, label);
}
