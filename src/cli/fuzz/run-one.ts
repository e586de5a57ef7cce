import { SCENARIOS } from '../../../scenarios/index.ts';
import type { ScenarioContext, ScenarioName } from '../../../scenarios/types.ts';
import { buildReport } from '../../report/build.ts';
import type { TestReport } from '../../report/types.ts';
import type { NativeTrace } from '../../sim/trace.ts';
import { traceFingerprint } from './fingerprint.ts';
import type { FuzzSetting } from './setting.ts';

/** One violation a run found: its final (shrunk, or shortest by construction) trace. */
export interface RunFind {
  readonly property: string;
  readonly fingerprint: string;
  readonly trace: NativeTrace;
  /** Steps (or timed inputs) of the trace, and of the run that first violated it (drivers that shrink). */
  readonly length: number;
  readonly discoveryLength: number | null;
}

/** What one campaign run did; plain data, so it crosses from a worker thread unchanged. */
export interface RunOutcome {
  readonly seed: number;
  readonly setting: FuzzSetting;
  readonly status: 'pass' | 'violation' | 'error';
  readonly finds: readonly RunFind[];
  /** The run's TestReport; each counterexample is `TRACE_PLACEHOLDER` + property until the corpus places it. */
  readonly report: TestReport | null;
  /** The first line of an internal error (status error), else null. */
  readonly error: string | null;
  readonly statesExplored: number;
  readonly startedAt: string;
  readonly durationMs: number;
}

export const TRACE_PLACEHOLDER = 'trace:';

/** Where each driver's run is reported from: the scenario that owns that driver. */
const SCENARIO_OF: Readonly<Record<FuzzSetting['driver'], ScenarioName>> = {
  pbt: 'safety_properties',
  exhaustive: 'safety_properties',
  sim: 'liveness_properties',
};

/** Facts of the campaign every run's report repeats: measured once, not per run. */
export interface RunEnvironment {
  readonly metadata: TestReport['metadata'];
  readonly cli: string;
  /** The flags that pin the setting (`--config F --mode M`), empty for a drawn campaign. */
  readonly pinFlags: string;
}

/**
 * Runs one setting with the scenario that owns its driver, on this thread, until `shouldStop`
 * (the campaign's signal): a run cut short is not logged by the campaign, so a resume redoes it
 * and every logged run is a whole one. Traces are
 * kept in memory, the last one saved per property being the final one (pbt saves the discovery,
 * then the shrunk trace over it; exhaustive search saves each shorter one).
 */
export async function runOne(
  seed: number,
  setting: FuzzSetting,
  env: RunEnvironment,
  shouldStop: () => boolean = () => false,
): Promise<RunOutcome> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const traces = new Map<string, NativeTrace>();
  const scenario = SCENARIO_OF[setting.driver];
  const ctx = runContext(seed, setting, shouldStop, (name, trace) => {
    traces.set(name, trace);
    return `${TRACE_PLACEHOLDER}${name}`;
  });
  const done = (fields: Pick<RunOutcome, 'status' | 'finds' | 'report' | 'error' | 'statesExplored'>) => ({
    seed,
    setting,
    ...fields,
    startedAt,
    durationMs: Math.round(performance.now() - started),
  });
  try {
    const result = await SCENARIOS[scenario].run(ctx);
    const violated = result.properties.filter((p) => p.passed === false);
    const finds = violated.flatMap((p): RunFind[] => {
      const trace = traces.get(p.property);
      if (!trace) return [];
      const length = p.counterexampleLength ?? trace.violation?.step ?? 0;
      const discoveryLength = p.discoveryLength ?? null;
      return [{ property: p.property, fingerprint: traceFingerprint(trace), trace, length, discoveryLength }];
    });
    const durationMs = performance.now() - started;
    const { actionCoverage: _omitted, ...summary } = result;
    const report = buildReport(
      {
        scenario,
        config: ctx.config,
        seed,
        mode: setting.driver,
        exitCode: violated.length > 0 ? 1 : 0,
        // Run 0 of a campaign has the campaign's seed; a fresh corpus, since this one has the run.
        reproduce: `${env.cli} fuzz${env.pinFlags} --seed ${seed} --runs 1 --corpus reports/fuzz-run-${seed}`,
        cli: env.cli,
      },
      summary,
      {
        durationMs,
        peakMemoryBytes: null,
        cpuTimeMs: null,
        timedOut: false,
        timestamp: startedAt,
        metadata: env.metadata,
      },
    );
    const status = finds.length > 0 ? 'violation' : 'pass';
    return done({ status, finds, report, error: null, statesExplored: result.statesExplored });
  } catch (error) {
    const line = ((error as Error).stack ?? String(error)).split('\n').slice(0, 2).join(' ');
    return done({ status: 'error', finds: [], report: null, error: line, statesExplored: 0 });
  }
}

/** A scenario context for one run: the setting's config and budget, the campaign's stop, nothing printed. */
function runContext(
  seed: number,
  setting: FuzzSetting,
  shouldStop: () => boolean,
  saveTrace: ScenarioContext['saveTrace'],
): ScenarioContext {
  const { budget } = setting;
  return {
    config: { ...setting.config, seed },
    seed,
    mode: setting.driver,
    runs: budget.runs,
    depth: setting.driver === 'sim' ? setting.config.exploration_depth : budget.depth,
    crossValidate: false,
    exhaustive: { symmetry: true, maxStates: budget.maxStates, maxInFlight: budget.maxInFlight },
    shouldStop,
    remainingMs: () => null,
    progress: () => {},
    log: () => {},
    saveTrace,
  };
}
