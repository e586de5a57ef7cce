import { describe, expect, it } from 'vitest';
import { judge } from '../../../src/cli/verify/expectations.ts';
import { type PipelineJob, PROFILES } from '../../../src/cli/verify/profiles.ts';
import type { JobOutcome } from '../../../src/cli/verify/run-job.ts';
import { overall, type SummaryEntry } from '../../../src/cli/verify/summary.ts';
import type { TestReport } from '../../../src/report/types.ts';

const beyond = PROFILES.boundary
  ?.jobs(['safety_properties'])
  .find((j) => j.id.endsWith('@byzantine_at_limit'));

function outcome(exitCode: number, failed: string[] = []): JobOutcome {
  const report = {
    violations: failed.length,
    property_results: failed.map((name) => ({ name, passed: false })),
  } as unknown as TestReport;
  const status = exitCode === 0 ? 'pass' : exitCode === 124 ? 'timeout' : 'violation';
  return { status, exitCode, durationMs: 1, report, firstError: null };
}

describe('a job beyond the paper’s assumptions must find its violation', () => {
  const job = beyond as PipelineJob;

  it('the boundary job is marked with the family it must violate', () => {
    expect(job.expect).toBe('violation');
    expect(job.expectedFamily).toBe('safety');
  });

  it('passes the gate with the violation, naming what it found', () => {
    expect(judge(job, outcome(1, ['WindowChain', 'EventualProgress']))).toEqual({
      status: 'expected_violation',
      note: `expected: ${job.expectedBecause}`,
      expected_violation: { family: 'safety', found: ['WindowChain'] },
    });
  });

  it('fails loudly when it finds none', () => {
    const verdict = judge(job, outcome(0));
    expect(verdict.status).toBe('missing_violation');
    expect(verdict.note).toBe(`expected a safety violation (${job.expectedBecause}), none found`);
  });

  it('counts a sweep cell’s or a driver’s verdict by its property', () => {
    const verdict = judge(job, outcome(1, ['EventualProgress [sim]', 'WindowChain [withholding.b2]']));
    expect(verdict.status).toBe('expected_violation');
    expect(verdict.expected_violation?.found).toEqual(['WindowChain [withholding.b2]']);
  });

  it('a violation of the other family is not the one expected', () => {
    expect(judge(job, outcome(1, ['EventualProgress'])).status).toBe('violation');
  });

  it('a timeout stays a timeout, saying what was still missing', () => {
    const verdict = judge(job, outcome(124));
    expect(verdict.status).toBe('timeout');
    expect(verdict.note).toMatch(/^expected a safety violation .*, none found before the timeout$/);
  });

  it('a job within the assumptions is judged as before', () => {
    const plain: PipelineJob = { ...job, expect: undefined, expectedFamily: undefined };
    expect(judge(plain, outcome(1, ['WindowChain'])).status).toBe('violation');
    expect(judge(plain, outcome(0)).status).toBe('pass');
  });
});

describe('overall verdict of a pipeline', () => {
  const entry = (status: SummaryEntry['status'], exit_code: number | null = 0) =>
    ({ status, exit_code }) as SummaryEntry;

  it('is PASS (exit 0) when every job is as expected', () => {
    expect(overall([entry('pass'), entry('expected_violation', 1), entry('skipped', null)])).toEqual({
      status: 'pass',
      exitCode: 0,
    });
  });

  it('fails (exit 1) when an expected violation is missing', () => {
    expect(overall([entry('expected_violation', 1), entry('missing_violation')])).toEqual({
      status: 'missing_violation',
      exitCode: 1,
    });
  });

  it('is never a pass when nothing ran', () => {
    expect(overall([entry('skipped', null)]).exitCode).toBe(1);
    expect(overall([]).exitCode).toBe(1);
  });

  it('keeps the signal of an interrupted job', () => {
    expect(overall([entry('pass'), entry('interrupted', 143)])).toEqual({
      status: 'interrupted',
      exitCode: 143,
    });
  });
});
