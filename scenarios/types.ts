import type { AlpenglowConfig } from '../src/core/config/index.ts';
import type { PropertyVerdict, RunSummary } from '../src/report/build.ts';
import type { ActionCoverage } from '../src/sim/action-coverage.ts';
import type { NativeTrace } from '../src/sim/trace.ts';
import type { OutcomeLabel } from './outcome.ts';
import type { PropertySelection } from './selection.ts';

export type Mode = 'pbt' | 'sim' | 'exhaustive';
export const MODES: readonly Mode[] = ['pbt', 'sim', 'exhaustive'];

export const SCENARIO_NAMES = [
  'safety_properties',
  'liveness_properties',
  'byzantine_resilience',
  'integration_tests',
  'economic_model',
  'vrf_leader_selection',
  'adaptive_timeouts',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface Progress {
  readonly phase: string;
  readonly runs: number;
  readonly totalRuns: number;
  readonly states: number;
  readonly depth?: number;
}

/** What a scenario gets from the CLI: a resolved config, budgets, and ways to report without doing I/O. */
export interface ScenarioContext {
  readonly config: AlpenglowConfig;
  readonly seed: number;
  readonly mode: Mode | null;
  /** Random runs (pbt) the scenario may spend in total. */
  readonly runs: number;
  /** Steps per run (pbt) or BFS depth (exhaustive): `--depth`, else `exploration_depth`. */
  readonly depth: number;
  readonly crossValidate: boolean;
  /** `--properties` / `--skip-properties`; absent: every property. Drivers check only what it keeps. */
  readonly selection?: PropertySelection;
  /** Exhaustive exploration bounds: symmetry reduction, a state budget, a bound on messages in flight. */
  readonly exhaustive: {
    readonly symmetry: boolean;
    readonly maxStates: number;
    readonly maxInFlight: number | null;
  };
  readonly shouldStop: () => boolean;
  /** Milliseconds left before --timeout (null without one): bounds work that cannot poll shouldStop (TLC). */
  readonly remainingMs: () => number | null;
  readonly progress: (p: Progress) => void;
  readonly log: (line: string) => void;
  /** Saves a trace (atomically, before anyone is told) and returns where it went. */
  readonly saveTrace: (name: string, trace: NativeTrace) => string;
}

/**
 * One property's verdict from one driver (the report's shape: src/report/build.ts), with the
 * property and its label as data; `name` is their report form. Built by propertyOutcome()
 * (scenarios/outcome.ts), the one place that formats it.
 */
export interface PropertyOutcome extends PropertyVerdict {
  readonly driver: Mode;
  readonly property: string;
  readonly label: OutcomeLabel | null;
}

/** What a scenario run checked and measured (the report's shape, with its verdicts typed by driver). */
export interface ScenarioResult extends RunSummary {
  readonly properties: PropertyOutcome[];
  /** How often each action kind was offered and taken, per driver that ran (src/sim/action-coverage.ts). */
  readonly actionCoverage?: Readonly<Partial<Record<Mode, ActionCoverage>>>;
}

export interface ScenarioDefinition {
  readonly name: ScenarioName;
  readonly description: string;
  readonly modes: readonly Mode[];
  /** The properties it checks, by bare name (what --properties may select). */
  readonly properties: readonly string[];
  /** Without --mode, run every driver of `modes` one after another (ctx.mode is then null). */
  readonly runsEveryMode?: boolean;
  /** Runs when neither --runs nor FC_NUM_RUNS says otherwise (a timed run costs far more than a random schedule). */
  readonly defaultRuns?: number;
  /** Set while the scenario's issue is not done: running it says so and exits 1. */
  readonly unavailable?: string;
  /** Config values this scenario cannot honour, one line each (the CLI refuses them, exit 1). */
  configProblems?(config: AlpenglowConfig): string[];
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}
