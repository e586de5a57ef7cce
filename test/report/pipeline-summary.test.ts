import { describe, expect, it } from 'vitest';
import {
  type PipelineSummary,
  reproduceLines,
  type SummaryEntry,
  summaryTable,
} from '../../src/report/pipeline-summary.ts';

function entry(overrides: Partial<SummaryEntry>): SummaryEntry {
  return {
    id: 'safety_properties',
    scenario: 'safety_properties',
    status: 'pass',
    exit_code: 0,
    duration_ms: 1500,
    states: 10,
    violations: 0,
    violated_properties: [],
    report: null,
    config: null,
    log: null,
    note: null,
    seed: 7,
    rerun: 'alpenglow safety_properties --seed 7',
    reproduce: [],
    runs: 300,
    runs_requested: 300,
    expected_violation: null,
    stopped_by: null,
    ...overrides,
  };
}

function summary(scenarios: SummaryEntry[]): PipelineSummary {
  return { profile: 'small', started_at: '', duration_ms: 0, status: 'pass', exit_code: 0, scenarios };
}

describe('verify summary', () => {
  it('cuts a long list of violated properties to about 70 characters and counts the rest', () => {
    const names = Array.from({ length: 12 }, (_, i) => `PropertyNumber${i}`);
    const table = summaryTable(summary([entry({ status: 'violation', violated_properties: names })]));
    const detail = (table[2]?.split('  ').at(-1) ?? '').trim();
    // 15 characters each plus ", ": four fit in 70, five do not.
    expect(detail).toBe(`${names.slice(0, 4).join(', ')} … (+8 more)`);
  });

  it('keeps one over-long item rather than an empty cell, and a short list whole', () => {
    const long = 'X'.repeat(90);
    expect(summaryTable(summary([entry({ violated_properties: [long, 'B'] })]))[2]).toContain(
      `${long} … (+1 more)`,
    );
    expect(summaryTable(summary([entry({ violated_properties: ['A', 'B'] })]))[2]).toMatch(/A, B$/);
  });

  it('prints seed, at most three reproduce commands and the rerun command for each scenario that did not pass', () => {
    const traces = Array.from({ length: 5 }, (_, i) => `alpenglow replay t${i}.json`);
    const lines = reproduceLines(
      summary([entry({ id: 'ok' }), entry({ id: 'bad', status: 'violation', reproduce: traces })]),
    );
    expect(lines).toEqual([
      'bad: seed 7',
      '  reproduce: alpenglow replay t0.json',
      '  reproduce: alpenglow replay t1.json',
      '  reproduce: alpenglow replay t2.json',
      '  (+2 more reproduce commands in summary.json)',
      '  rerun: alpenglow safety_properties --seed 7',
    ]);
  });

  it('says how far a timed-out or interrupted job got, and what an expected violation found', () => {
    const rows = summaryTable(
      summary([
        entry({ id: 'slow', status: 'timeout', runs: 313, runs_requested: 2000 }),
        entry({ id: 'stopped', status: 'interrupted', runs: 4, runs_requested: 300 }),
        entry({ id: 'drivers', status: 'timeout', runs: 313, runs_requested: 300 }),
        entry({
          id: 'edge',
          status: 'expected_violation',
          violated_properties: ['WindowChain', 'ChainConsistency'],
          expected_violation: { family: 'safety', found: ['WindowChain', 'ChainConsistency'] },
        }),
        entry({
          id: 'lost',
          status: 'missing_violation',
          note: 'expected a safety violation (2 of 7 Byzantine), none found',
          expected_violation: { family: 'safety', found: [] },
        }),
      ]),
    );
    expect(rows[2]).toMatch(/^slow +TIMEOUT \(313 of 2000 runs\) /);
    expect(rows[3]).toMatch(/^stopped +INTERRUPTED \(4 of 300 runs\) /);
    expect(rows[4]).toMatch(/^drivers +TIMEOUT \(313 runs\) /);
    expect(rows[5]).toMatch(
      /^edge +EXPECTED VIOLATION \(found: WindowChain\) .* WindowChain, ChainConsistency$/,
    );
    expect(rows[6]).toMatch(
      /^lost +FAIL: expected a violation, none found .* expected a safety violation \(2 of 7 Byzantine\), none found$/,
    );
  });
});

describe('verify summary: an expected violation found in a stopped run', () => {
  it('says the run was stopped, and how far it got', () => {
    const found = entry({
      id: 'withholding',
      status: 'expected_violation',
      exit_code: 1,
      runs: 240,
      runs_requested: 300,
      stopped_by: 'timeout',
      expected_violation: { family: 'safety', found: ['WindowChain [withholding.b2]'] },
    });
    const row = summaryTable(summary([found]))[2];
    expect(row).toContain(
      'EXPECTED VIOLATION (found: WindowChain [withholding.b2]; stopped by timeout after 240 of 300 runs)',
    );
  });

  it('says nothing more when the run spent its budget', () => {
    const found = entry({
      status: 'expected_violation',
      expected_violation: { family: 'safety', found: ['WindowChain'] },
    });
    expect(summaryTable(summary([found]))[2]).toContain('EXPECTED VIOLATION (found: WindowChain)  ');
  });
});
