import type { StateProperty } from '../sim/setup.ts';
import type { TimedProperty } from '../sim/timed/evaluate.ts';
import { replayTimedTrace } from '../sim/timed/replay.ts';
import type { NativeTrace } from '../sim/trace.ts';
import { type ChartData, chartData } from './msc-data.ts';
import { stepTrace } from './trace-steps.ts';

/** The properties a trace is judged by, as `replay` judges it: safety after every step, timed ones on the run. */
export interface TraceProperties {
  readonly safety: readonly StateProperty[];
  readonly timed: readonly TimedProperty[];
}

/**
 * A trace's chart: re-executed step by step, safety judged after every step, and for a timed
 * trace its liveness and adaptive properties judged on the whole run (their verdicts on the last
 * step), exactly as `replay` judges it.
 */
export function traceChart(trace: NativeTrace, properties: TraceProperties, title: string): ChartData {
  const stepped = stepTrace(trace);
  const violations = trace.timed ? replayTimedTrace(trace, [], properties.timed).violations : [];
  const runVerdicts = trace.timed
    ? properties.timed.map((p) => ({
        name: p.name,
        message: violations.find((v) => v.property === p.name)?.message ?? null,
      }))
    : undefined;
  return chartData({
    title,
    trace: stepped,
    stateProperties: properties.safety,
    ...(runVerdicts ? { runVerdicts } : {}),
    recorded: trace.violation,
  });
}

/** "NotarizationUniqueness: 8 steps", "timed trace, 40 inputs up to 24,090 ms: no recorded violation". */
export function traceTitle(trace: NativeTrace): string {
  const length = trace.timed
    ? `timed trace, ${trace.timed.inputs.length} inputs up to ${Math.round(trace.timed.end_ms).toLocaleString('en-US')} ms`
    : `${trace.actions.length} steps`;
  return `${trace.violation?.property ?? 'no recorded violation'}: ${length}`;
}
