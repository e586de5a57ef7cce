import { describe, expect, it } from 'vitest';
import {
  crossValidationLines,
  crossValidationWarnings,
  scenarioSummaryLines,
  sweepLines,
} from '../../src/report/console.ts';
import type { PropertyResult } from '../../src/report/types.ts';
import { reportVerdictCode } from '../../src/report/verdict.ts';
import { exhaustiveReport as exhaustive, property, report } from './fixture.ts';

describe('scenario console summary', () => {
  it('prints verdict, counts, one padded line per property, then report, seed, reproduce and rerun', () => {
    expect(scenarioSummaryLines(report(), 'r/a.json')).toEqual([
      'safety_properties: VIOLATION',
      '  200 runs, 73037 states (72092 distinct), 27100 ms, 2695.1 states/s',
      '  HonestVoteUniqueness               holds',
      '  WindowChain                        VIOLATED (6 steps): validator 1 holds notarFallback(2a) whose ancestor 2a has no parent in slot 1',
      '  ChainConsistency                   not checked',
      'report: r/a.json',
      'seed: 7',
      'reproduce: alpenglow replay r/a.WindowChain.trace.json',
      'rerun: alpenglow safety_properties --seed 7',
    ]);
  });

  it('says when the report was not written, and why a run stopped early', () => {
    const timedOut = scenarioSummaryLines(
      report({ metrics: { ...report().metrics, timeouts: 1 }, interrupted: true }),
      null,
    );
    expect(timedOut).toContain('  stopped by --timeout before the run budget was spent');
    expect(timedOut).not.toContain('  stopped by a signal before the run budget was spent');
    expect(timedOut).toContain('report: not written (see the error above)');
    const signalled = scenarioSummaryLines(report({ interrupted: true }), 'r/a.json');
    expect(signalled).toContain('  stopped by a signal before the run budget was spent');
  });

  it('prints the liveness premises a config breaks as notes', () => {
    const lines = scenarioSummaryLines(
      report({ extra: { simulation: { assumption_warnings: ['Δ_timeout < 3Δ'] } } }),
      'r/a.json',
    );
    expect(lines).toContain('  note: Δ_timeout < 3Δ');
  });

  it('prints one line per sweep cell instead of one per property', () => {
    const sweep = [
      { strategy: 'none', byzantine_count: 0, byzantine_stake_share: 0, runs: 60, violated: [] },
      {
        strategy: 'equivocating_leader',
        byzantine_count: 1,
        byzantine_stake_share: 0.2,
        runs: 7,
        violated: ['NotarizationUniqueness', 'WindowChain'],
      },
    ];
    const lines = scenarioSummaryLines(report({ extra: { sweep } }), 'r/b.json');
    expect(lines.slice(2, 4)).toEqual([
      '  none                 byzantine 0 (   0%),    60 runs: all properties hold',
      '  equivocating_leader  byzantine 1 (  20%),     7 runs: VIOLATED: NotarizationUniqueness, WindowChain',
    ]);
    expect(lines.slice(2, 4)).toEqual(sweepLines(sweep));
  });
});

describe('cross-validation console lines', () => {
  it('prints one line per leader offset and the alarm only when inconsistent', () => {
    const runs = [{ leaderOffset: 0, details: 'agree' }];
    expect(crossValidationLines({ consistent: true, runs })).toEqual([
      'cross-validation, leader offset 0: agree',
    ]);
    expect(crossValidationLines({ consistent: false, runs })[1]).toMatch(/^CROSS-VALIDATION INCONSISTENT/);
  });
});

describe('exhaustive verdicts say how far the search got', () => {
  it('a complete search with no violation is a PASS that says it was complete', () => {
    const lines = scenarioSummaryLines(
      exhaustive({ complete: true, checked_depth: 6, stop_reason: 'exhausted' }),
      'r/a.json',
    );
    expect(lines[0]).toBe('safety_properties: PASS (exhaustive: 85 states, complete)');
    expect(lines).toContain('  HonestVoteUniqueness               holds');
  });

  it('a depth-bounded search is "no violation up to depth N (search incomplete)", not PASS, per property too', () => {
    const lines = scenarioSummaryLines(
      exhaustive({ complete: false, checked_depth: 4, stop_reason: 'depthBound' }),
      'r/a.json',
    );
    expect(lines[0]).toBe(
      'safety_properties: no violation up to depth 4 (search incomplete: depth bound reached)',
    );
    expect(lines.join('\n')).not.toMatch(/PASS|holds/);
    expect(lines).toContain('  HonestVoteUniqueness               no violation up to depth 4');
  });

  it('names the state budget and the deadline as the reasons a search stopped', () => {
    const budget = scenarioSummaryLines(
      exhaustive({ complete: false, checked_depth: 7, stop_reason: 'maxStates' }),
      'r/a.json',
    );
    expect(budget[0]).toBe(
      'safety_properties: no violation up to depth 7 (search incomplete: --max-states reached)',
    );
    const timedOut = scenarioSummaryLines(
      exhaustive(
        { complete: false, checked_depth: null, stop_reason: 'not_started' },
        { success: false, exit_code: 124, metrics: { ...report().metrics, timeouts: 1 } },
      ),
      'r/a.json',
    );
    expect(timedOut[0]).toBe(
      'safety_properties: INCOMPLETE: no violation found (search incomplete: stopped by --timeout before every leader rotation was explored)',
    );
    expect(timedOut).toContain('  WindowChain                        no violation found (search incomplete)');
  });

  it('a property that held beside a violation in a bounded search says only how deep it was checked', () => {
    const search = { complete: false, checked_depth: 8, stop_reason: 'depthBound' } as const;
    const lines = scenarioSummaryLines(
      exhaustive(search, {
        success: false,
        violations: 1,
        exit_code: 1,
        property_results: [
          property('HonestVoteUniqueness', { driver: 'exhaustive', search }),
          property('NotarizationUniqueness', {
            driver: 'exhaustive',
            search,
            passed: false,
            error: 'two notarized blocks',
            counterexample_length: 8,
          }),
        ],
      }),
      'r/a.json',
    );
    expect(lines[0]).toBe('safety_properties: VIOLATION');
    expect(lines).toContain('  HonestVoteUniqueness               no violation up to depth 8');
  });

  it('a report with random runs and a bounded search is not headed PASS: it follows the no_violation_bounded verdict', () => {
    const search = { complete: false, checked_depth: 5, stop_reason: 'maxStates' } as const;
    const lines = scenarioSummaryLines(
      report({
        scenario: 'integration_tests',
        success: true,
        violations: 0,
        property_results: [
          property('HonestVoteUniqueness [pbt]'),
          property('HonestVoteUniqueness [sim]', { driver: 'sim' }),
          property('HonestVoteUniqueness [exhaustive]', { driver: 'exhaustive', search }),
        ],
      }),
      'r/a.json',
    );
    expect(lines[0]).toBe(
      'integration_tests: no violation (random runs, timed runs); exhaustive search: no violation up to depth 5 (search incomplete: --max-states reached)',
    );
    expect(lines.slice(2, 5)).toEqual([
      '  HonestVoteUniqueness [pbt]         holds',
      '  HonestVoteUniqueness [sim]         holds',
      '  HonestVoteUniqueness [exhaustive]  no violation up to depth 5',
    ]);
  });

  it('a bounded sweep says "no violation up to depth N" for its cells, not "all properties hold"', () => {
    const search = { complete: false, checked_depth: 3, stop_reason: 'depthBound' } as const;
    const sweep = [{ strategy: 'none', byzantine_count: 0, byzantine_stake_share: 0, runs: 3, violated: [] }];
    const lines = scenarioSummaryLines(
      exhaustive(search, { scenario: 'byzantine_resilience', extra: { sweep } }),
      'r/b.json',
    );
    expect(lines[2]).toBe(
      '  none                 byzantine 0 (   0%),     3 runs: no violation up to depth 3',
    );
  });
});

describe('sweep rows under --properties (issue 11)', () => {
  const sweep = [{ strategy: 'none', byzantine_count: 0, byzantine_stake_share: 0, runs: 3, violated: [] }];
  const selected = (names: string[]) =>
    report({
      scenario: 'byzantine_resilience',
      success: true,
      violations: 0,
      property_results: names.map((n) => property(`${n} [none.b0]`)),
      extra: { sweep, properties_selected: names, properties_skipped: ['ChainConsistency'] },
    });

  it('says how many selected properties hold, not "all properties hold"', () => {
    const row = '  none                 byzantine 0 (   0%),     3 runs: ';
    const two = scenarioSummaryLines(
      selected(['NotarizationUniqueness', 'HonestVoteUniqueness']),
      'r/b.json',
    );
    expect(two[2]).toBe(`${row}both selected properties hold`);
    const three = scenarioSummaryLines(selected(['A', 'B', 'C']), 'r/b.json');
    expect(three[2]).toBe(`${row}all 3 selected properties hold`);
    const one = scenarioSummaryLines(selected(['WindowChain']), 'r/b.json');
    expect(one[2]).toBe(`${row}the selected property (WindowChain) holds`);
  });

  it('keeps "all properties hold" when nothing was skipped', () => {
    const all = report({
      scenario: 'byzantine_resilience',
      success: true,
      violations: 0,
      property_results: [property('A [none.b0]')],
      extra: { sweep, properties_selected: ['A'], properties_skipped: [] },
    });
    expect(scenarioSummaryLines(all, 'r/b.json')[2]).toMatch(/: all properties hold$/);
  });
});

describe('verdict field', () => {
  it('is pass, no_violation_bounded, violation or incomplete', () => {
    const bounded = { complete: false, checked_depth: 4, stop_reason: 'depthBound' } as const;
    expect(
      reportVerdictCode(exhaustive({ complete: true, checked_depth: 4, stop_reason: 'exhausted' })),
    ).toBe('pass');
    expect(reportVerdictCode(exhaustive(bounded))).toBe('no_violation_bounded');
    expect(reportVerdictCode(report())).toBe('violation');
    expect(reportVerdictCode(exhaustive(bounded, { success: false }))).toBe('incomplete');
    expect(reportVerdictCode(report({ success: true, violations: 0 }))).toBe('pass');
  });
});

describe('counterexample size on the console', () => {
  const violated = (overrides: Partial<PropertyResult>) =>
    report({
      property_results: [
        property('WindowChain', {
          passed: false,
          error: 'e',
          counterexample_length: 176,
          discovery_length: 176,
          one_minimal: false,
          ...overrides,
        }),
      ],
    });

  it('a counterexample a --timeout cut before shrinking says it was not shrunk', () => {
    const lines = scenarioSummaryLines(
      { ...violated({}), metrics: { ...report().metrics, timeouts: 1 } },
      'r/a.json',
    );
    expect(lines).toContain(
      '  WindowChain                        VIOLATED (176 steps, not shrunk: stopped by --timeout): e',
    );
    const partly = scenarioSummaryLines(
      { ...violated({ counterexample_length: 30 }), interrupted: true },
      'r/a.json',
    );
    expect(partly).toContain(
      '  WindowChain                        VIOLATED (30 steps, shrunk from 176 until stopped by a signal, not shown 1-minimal): e',
    );
  });

  it('a shrunk one says from how many steps, and whether it is 1-minimal', () => {
    expect(scenarioSummaryLines(violated({ counterexample_length: 24, one_minimal: true }), null)).toContain(
      '  WindowChain                        VIOLATED (24 steps, shrunk from 176, 1-minimal): e',
    );
    expect(scenarioSummaryLines(violated({ counterexample_length: 30 }), null)).toContain(
      '  WindowChain                        VIOLATED (30 steps, shrunk from 176, not shown 1-minimal): e',
    );
  });
});

describe('--cross-validate without TLC', () => {
  const missing = 'TLC is not available: TLA2TOOLS_JAR is not set';
  const runs = [0, 1, 2].map((leaderOffset) => ({
    leaderOffset,
    available: false,
    reason: missing,
    details: `model: 3 validators\nTS explorer: 183 distinct states, explored completely\n${missing}`,
  }));

  it('prints one warning, not one per leader offset', () => {
    const lines = [
      ...crossValidationWarnings({ consistent: null, runs }),
      ...crossValidationLines({ consistent: null, runs }),
    ];
    expect(lines.filter((l) => l.includes('not available'))).toEqual([
      'warning: --cross-validate asked for TLC, but TLC is not available (TLA2TOOLS_JAR is not set); TLC was not run',
    ]);
    expect(crossValidationLines({ consistent: null, runs })).toHaveLength(3);
  });

  it('states tla_result: null in the summary', () => {
    const lines = scenarioSummaryLines(
      report({
        extra: { cross_validation: runs.map((r) => ({ leader_offset: r.leaderOffset, available: false })) },
      }),
      'r/a.json',
    );
    expect(lines).toContain('  cross-validation: tla_result: null (TLC not run)');
  });
});
