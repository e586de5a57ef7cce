import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { crossValidationLines, scenarioSummaryLines, sweepLines } from '../../src/report/console.ts';
import type { PropertyResult, TestReport } from '../../src/report/types.ts';

const NOT_RUN = {
  local_result: null,
  external_result: null,
  tla_result: null,
  consistent: null,
  details: '',
};

function property(name: string, overrides: Partial<PropertyResult> = {}): PropertyResult {
  return {
    name,
    passed: true,
    states_explored: 10,
    duration_ms: 1,
    error: null,
    counterexample_length: null,
    cross_validation: NOT_RUN,
    counterexample: null,
    reproduce: null,
    driver: 'pbt',
    ...overrides,
  };
}

function report(overrides: Partial<TestReport> = {}): TestReport {
  return {
    scenario: 'safety_properties',
    states_explored: 73037,
    properties_checked: 2,
    violations: 1,
    duration_ms: 27100,
    success: false,
    property_results: [
      property('HonestVoteUniqueness'),
      property('WindowChain', {
        passed: false,
        error: 'validator 1 holds notarFallback(2a) whose ancestor 2a has no parent in slot 1',
        counterexample_length: 6,
        counterexample: 'r/a.WindowChain.trace.json',
        reproduce: 'alpenglow replay r/a.WindowChain.trace.json',
      }),
      property('ChainConsistency', { passed: null }),
    ],
    metrics: {
      peak_memory_bytes: null,
      states_per_second: 2695.1,
      cpu_time_ms: null,
      timeouts: 0,
      byzantine_events: 0,
      network_events: 0,
      coverage: { state_space_coverage: null, unique_states: 72092, transitions: null, code_coverage: null },
    },
    config: DEFAULT_CONFIG,
    timestamp: '',
    metadata: {
      rust_version: null,
      stateright_version: null,
      node_version: '',
      tool_version: '',
      hostname: '',
      environment: {},
      git_commit: null,
    },
    seed: 7,
    mode: 'pbt',
    runs: 200,
    interrupted: false,
    exit_code: 1,
    reproduce: 'alpenglow safety_properties --seed 7',
    ...overrides,
  };
}

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
