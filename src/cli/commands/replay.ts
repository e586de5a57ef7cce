import { LIVENESS_PROPERTIES } from '../../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { replayTrace } from '../../sim/replay-trace.ts';
import { replayTimedTrace } from '../../sim/timed/replay.ts';
import type { NativeTrace } from '../../sim/trace.ts';
import { exportItf, importTrace, XvalError } from '../../xval/index.ts';
import { inputError } from '../errors.ts';
import { readTextFile, writeJsonAtomic } from '../io.ts';
import type { Output } from '../output.ts';

/**
 * `alpenglow replay TRACE`: re-executes a trace (native, ITF or TLC text, auto-detected) step by
 * step and checks every safety property after every step. Exit 1 when a property is still
 * violated, 0 when none is. `--itf FILE` also writes the trace in the Informal Trace Format.
 */
export function replayCommand(
  tracePath: string,
  options: { verbose: boolean; itf?: string },
  io: Output,
): number {
  const trace = loadTrace(tracePath);
  const { verbose } = options;
  if (trace.timed) return replayTimed(tracePath, trace, verbose, io);
  if (options.itf) {
    writeJsonAtomic(options.itf, exportItf(trace));
    io.out(`wrote ITF trace ${options.itf}`);
  }
  const result = replayTrace(trace, SAFETY_PROPERTIES);
  io.out(`replaying ${tracePath}: ${trace.actions.length} actions, seed ${trace.seed ?? 'unknown'}`);
  const firstStepOf = new Map(result.violations.map((v) => [v.step, v]));
  for (const step of result.steps) {
    if (verbose) io.out(`  ${String(step.index + 1).padStart(4)}. ${step.text}`);
    const v = firstStepOf.get(step.index + 1);
    if (verbose && v) io.out(`        ^ ${v.property} violated: ${v.message}`);
  }
  if (result.rejectedAt !== null) {
    throw inputError(
      `trace ${tracePath}: action ${result.rejectedAt + 1} is not enabled in this model: ${JSON.stringify(trace.actions[result.rejectedAt])}`,
    );
  }
  for (const v of result.violations) io.out(`VIOLATION ${v.property} at step ${v.step}: ${v.message}`);
  if (trace.violation) {
    const verdict = result.matchesRecorded ? 'reproduced' : 'NOT reproduced';
    io.out(`recorded violation ${trace.violation.property} at step ${trace.violation.step}: ${verdict}`);
  }
  if (result.violations.length === 0) {
    io.out('no property is violated by this trace');
    return 0;
  }
  return 1;
}

function replayTimed(tracePath: string, trace: NativeTrace, verbose: boolean, io: Output): number {
  const timed = trace.timed as NonNullable<NativeTrace['timed']>;
  io.out(
    `replaying timed trace ${tracePath}: ${timed.inputs.length} inputs up to ${timed.end_ms} ms, seed ${trace.seed ?? 'unknown'}`,
  );
  const result = replayTimedTrace(trace, SAFETY_PROPERTIES, LIVENESS_PROPERTIES);
  if (verbose) {
    const obs = result.observations;
    io.out(
      `  ${obs.proposals.length} blocks proposed, ${obs.finalized.length} finalizations, ${obs.timeoutsFired} timeouts fired, ${obs.deliveries} deliveries`,
    );
    for (const f of obs.finalized)
      io.out(`  ${String(f.atMs).padStart(8)} ms  v${f.node} finalizes slot ${f.slot} (${f.path})`);
  }
  for (const v of result.violations) io.out(`VIOLATION ${v.property}: ${v.message}`);
  if (trace.violation) {
    io.out(
      `recorded violation ${trace.violation.property}: ${result.matchesRecorded ? 'reproduced' : 'NOT reproduced'}`,
    );
  }
  if (result.violations.length === 0) {
    io.out('no property is violated by this trace');
    return 0;
  }
  return 1;
}

/** A native trace as it is; an ITF or TLC trace matched to model actions state by state (src/xval). */
function loadTrace(path: string): NativeTrace {
  const text = readTextFile(path, 'trace');
  try {
    return importTrace(text, { properties: SAFETY_PROPERTIES });
  } catch (error) {
    if (error instanceof XvalError)
      throw inputError(...error.message.split('\n').map((l) => `trace ${path}: ${l}`));
    throw error;
  }
}
