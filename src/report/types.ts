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

/**
 * How far an exhaustive search got on the property (drivers that explore): only a complete search
 * makes "holds" a proof for its bounds; otherwise the verdict is "no violation up to depth N".
 */
export interface SearchExtent {
  /** Every state within the bounds was checked, for every leader rotation planned. */
  complete: boolean;
  /** Every state within this many steps was checked, in every rotation; null when a rotation was never explored. */
  checked_depth: number | null;
  /** The explorer's stop reason of the rotation that got least far; 'not_started' when one never ran. */
  stop_reason: 'exhausted' | 'depthBound' | 'maxStates' | 'stopped' | 'allViolated' | 'not_started';
}

/**
 * The run's answer as data: 'no_violation_bounded' is a success (exit 0) whose exhaustive search
 * stopped at a bound, so it proves nothing beyond that bound (Apalache's "no error up to length k").
 */
export type Verdict = 'pass' | 'no_violation_bounded' | 'violation' | 'incomplete';

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
  search?: SearchExtent;
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
    /** Absolute directory the scenario ran in: its printed commands' paths are relative to it. Absent in older reports. */
    run_directory?: string;
  };
  seed: number;
  mode: string;
  runs: number;
  interrupted: boolean;
  exit_code: number;
  reproduce: string;
  /** Absent in reports written before it existed. */
  verdict?: Verdict;
  extra?: Record<string, unknown>;
}

/** The one-word verdict of a report: every property held, one was violated, or the run stopped short. */
export function reportVerdict(
  report: Pick<TestReport, 'success' | 'violations'>,
): 'PASS' | 'VIOLATION' | 'INCOMPLETE' {
  if (report.success) return 'PASS';
  return report.violations > 0 ? 'VIOLATION' : 'INCOMPLETE';
}

/** One action kind's counts in `extra.action_coverage` (src/sim/action-coverage.ts says what they count per driver). */
export interface ActionKindCoverage {
  enabled: number | null;
  taken: number;
  /** Exhaustive search only: successors of this kind that were new states. */
  new_states?: number;
}

/** `extra.action_coverage.<driver>`: per-action coverage, TLC's -coverage for this tool. */
export interface ActionCoverageTable {
  /** What enabled and taken count for this driver, in words. */
  counts: string;
  /** Kinds that occurred, in a fixed order. */
  kinds: Record<string, ActionKindCoverage>;
  /** Offered at some point, never taken. */
  never_taken: string[];
  /** Kinds of correct validators and the network never offered (never happened, in timed runs). */
  never_enabled: string[];
}

export type ActionCoverageReport = Partial<Record<'pbt' | 'sim' | 'exhaustive', ActionCoverageTable>>;
