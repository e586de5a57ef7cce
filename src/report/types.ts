import type { AlpenglowConfig } from '../core/config/index.ts';

/**
 * The TestReport of the original guide ("JSON Output Format"), field for field, plus the allowed
 * additions (design.md §6): seed, mode, runs, interrupted, reproduce, per-property counterexample
 * path, reproduce command, driver. A metric that was not measured is null, never invented.
 */
export interface CrossValidation {
  local_result: boolean | null;
  external_result: boolean | null;
  tla_result: boolean | null;
  consistent: boolean | null;
  details: string;
}

export interface PropertyResult {
  name: string;
  passed: boolean | null;
  states_explored: number;
  duration_ms: number;
  error: string | null;
  counterexample_length: number | null;
  cross_validation: CrossValidation;
  counterexample: string | null;
  reproduce: string | null;
  driver: string;
  one_minimal?: boolean;
  /** Steps of the violating schedule as the search found it; counterexample_length is after shrinking. */
  discovery_length?: number;
}

export interface TestReport {
  scenario: string;
  states_explored: number;
  properties_checked: number;
  violations: number;
  duration_ms: number;
  success: boolean;
  property_results: PropertyResult[];
  metrics: {
    peak_memory_bytes: number | null;
    states_per_second: number | null;
    cpu_time_ms: number | null;
    timeouts: number;
    byzantine_events: number;
    network_events: number;
    coverage: {
      state_space_coverage: number | null;
      unique_states: number | null;
      transitions: number | null;
      code_coverage: number | null;
    };
  };
  config: AlpenglowConfig;
  timestamp: string;
  metadata: {
    rust_version: null;
    stateright_version: null;
    node_version: string;
    tool_version: string;
    hostname: string;
    environment: Record<string, string>;
    git_commit: string | null;
  };
  seed: number;
  mode: string;
  runs: number;
  interrupted: boolean;
  exit_code: number;
  reproduce: string;
  extra?: Record<string, unknown>;
}

/** The one-word verdict of a report: every property held, one was violated, or the run stopped short. */
export function reportVerdict(
  report: Pick<TestReport, 'success' | 'violations'>,
): 'PASS' | 'VIOLATION' | 'INCOMPLETE' {
  if (report.success) return 'PASS';
  return report.violations > 0 ? 'VIOLATION' : 'INCOMPLETE';
}
