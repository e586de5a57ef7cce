import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import type { PropertyResult, TestReport } from '../../src/report/types.ts';

/** Reports as the console and HTML tests need them: one pbt run with a violation, and exhaustive ones. */
const NOT_RUN = {
  local_result: null,
  external_result: null,
  tla_result: null,
  consistent: null,
  details: '',
};

export function property(name: string, overrides: Partial<PropertyResult> = {}): PropertyResult {
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

export function report(overrides: Partial<TestReport> = {}): TestReport {
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

/** An exhaustive report: every property checked by one search that ended for `stop_reason`. */
export function exhaustiveReport(
  search: NonNullable<PropertyResult['search']>,
  overrides: Partial<TestReport> = {},
): TestReport {
  const base = report();
  return report({
    mode: 'exhaustive',
    success: true,
    violations: 0,
    exit_code: 0,
    property_results: [
      property('HonestVoteUniqueness', { driver: 'exhaustive', search }),
      property('WindowChain', { driver: 'exhaustive', search }),
    ],
    metrics: { ...base.metrics, coverage: { ...base.metrics.coverage, unique_states: 85 } },
    ...overrides,
  });
}
