import type { AlpenglowConfig } from '../core/config/index.ts';
import { shellQuote } from '../core/shell-quote.ts';
import type { CrossValidation, PropertyResult, SearchExtent, TestReport } from './types.ts';
import { reportVerdictCode } from './verdict.ts';

/** A property's verdict as a scenario driver reports it (structural: report/ imports no scenario). */
export interface PropertyVerdict {
  readonly name: string;
  readonly passed: boolean | null;
  readonly statesExplored: number;
  readonly durationMs: number;
  readonly error: string | null;
  readonly counterexampleLength: number | null;
  readonly counterexample: string | null;
  readonly driver: string;
  readonly oneMinimal?: boolean;
  /** Steps of the violating schedule as first found, before shrinking (drivers that shrink). */
  readonly discoveryLength?: number;
  readonly crossValidation?: CrossValidation;
  /** Drivers that explore: how far the search got, so a bounded one is not read as a proof. */
  readonly search?: SearchExtent;
}

export interface RunSummary {
  readonly properties: readonly PropertyVerdict[];
  readonly statesExplored: number;
  readonly uniqueStates: number | null;
  readonly transitions: number | null;
  readonly stateSpaceCoverage: number | null;
  readonly byzantineEvents: number;
  readonly networkEvents: number;
  readonly runs: number;
  readonly interrupted: boolean;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Measurements {
  readonly durationMs: number;
  readonly peakMemoryBytes: number | null;
  readonly cpuTimeMs: number | null;
  readonly timedOut: boolean;
  readonly timestamp: string;
  readonly metadata: TestReport['metadata'];
}

export interface ReportContext {
  readonly scenario: string;
  readonly config: AlpenglowConfig;
  readonly seed: number;
  readonly mode: string;
  readonly exitCode: number;
  readonly reproduce: string;
  /** How to invoke the CLI from where the user is (src/cli/command-line.ts): the first word of `reproduce` commands. */
  readonly cli: string;
}

const NOT_RUN: CrossValidation = {
  local_result: null,
  external_result: null,
  tla_result: null,
  consistent: null,
  details: 'cross-validation not requested (--cross-validate)',
};

export function buildReport(ctx: ReportContext, run: RunSummary, m: Measurements): TestReport {
  const results: PropertyResult[] = run.properties.map((p) => ({
    name: p.name,
    passed: p.passed,
    states_explored: p.statesExplored,
    duration_ms: p.durationMs,
    error: p.error,
    counterexample_length: p.counterexampleLength,
    cross_validation: p.crossValidation ?? { ...NOT_RUN, local_result: p.passed },
    counterexample: p.counterexample,
    reproduce: p.counterexample ? `${ctx.cli} replay ${shellQuote(p.counterexample)}` : null,
    driver: p.driver,
    ...(p.oneMinimal === undefined ? {} : { one_minimal: p.oneMinimal }),
    ...(p.discoveryLength === undefined ? {} : { discovery_length: p.discoveryLength }),
    ...(p.search === undefined ? {} : { search: { ...p.search } }),
  }));
  const violations = results.filter((r) => r.passed === false).length;
  const seconds = m.durationMs / 1000;
  const success = violations === 0 && !m.timedOut && !run.interrupted;
  return {
    scenario: ctx.scenario,
    states_explored: run.statesExplored,
    properties_checked: results.filter((r) => r.passed !== null).length,
    violations,
    duration_ms: Math.round(m.durationMs),
    success,
    verdict: reportVerdictCode({ success, violations, property_results: results }),
    property_results: results,
    metrics: {
      peak_memory_bytes: m.peakMemoryBytes,
      states_per_second: seconds > 0 ? Math.round((run.statesExplored / seconds) * 10) / 10 : null,
      cpu_time_ms: m.cpuTimeMs,
      timeouts: m.timedOut ? 1 : 0,
      byzantine_events: run.byzantineEvents,
      network_events: run.networkEvents,
      coverage: {
        state_space_coverage: run.stateSpaceCoverage,
        unique_states: run.uniqueStates,
        transitions: run.transitions,
        code_coverage: null,
      },
    },
    config: ctx.config,
    timestamp: m.timestamp,
    metadata: m.metadata,
    seed: ctx.seed,
    mode: ctx.mode,
    runs: run.runs,
    interrupted: run.interrupted,
    exit_code: ctx.exitCode,
    reproduce: ctx.reproduce,
    ...(run.extra ? { extra: { ...run.extra } } : {}),
  };
}
