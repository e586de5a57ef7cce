import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { TIMED_PROPERTIES } from '../../../properties/timed.ts';
import { describeSlotChange, stateChanges } from '../../model/describe-diff.ts';
import type { State } from '../../model/state.ts';
import { type ReplayResult, replayTrace } from '../../sim/replay-trace.ts';
import type { Violation } from '../../sim/step-engine.ts';
import { replayTimedTrace } from '../../sim/timed/replay.ts';
import type { NativeTrace } from '../../sim/trace.ts';
import { detectTraceFormat, exportItf, importTrace, XvalError } from '../../xval/index.ts';
import { parseArgs } from '../args.ts';
import { loadConfig } from '../config-file.ts';
import { InputError, inputError } from '../errors.ts';
import { REPLAY_FLAGS } from '../flags.ts';
import { replayHelp } from '../help.ts';
import { fileTargetProblems, readTextFile, writeJsonAtomic } from '../io.ts';
import type { Output } from '../output.ts';

/**
 * replay's exit codes, apart from the other commands' "1 = violation or error" so a script can
 * tell a reproduced counterexample from a file it could not use (TLC keeps the two apart too).
 */
export const REPLAY_EXIT = { clean: 0, reproduced: 1, badInput: 2 } as const;

export interface ReplayOptions {
  readonly verbose: boolean;
  /** Per step, what changed in each correct validator (implies verbose). */
  readonly state: boolean;
  readonly itf?: string;
  /** Config file for a TLC or ITF trace that does not carry its config. */
  readonly config?: string;
}

/** `alpenglow replay ARGS`: every bad input (flags, file, trace) is one line per problem and exit 2. */
export function replayMain(argv: readonly string[], io: Output): number {
  try {
    const args = parseArgs(argv, REPLAY_FLAGS);
    if (args.flags.help) {
      io.out(replayHelp());
      return REPLAY_EXIT.clean;
    }
    if (args.positionals.length !== 1) args.problems.push('replay needs exactly one TRACE file');
    const { itf, config } = args.flags as { itf?: string; config?: string };
    if (itf !== undefined) args.problems.push(...fileTargetProblems(itf, '--itf'));
    if (args.problems.length > 0) throw inputError(...args.problems);
    const options: ReplayOptions = {
      verbose: args.flags.verbose === true || args.flags.state === true,
      state: args.flags.state === true,
      ...(itf === undefined ? {} : { itf }),
      ...(config === undefined ? {} : { config }),
    };
    return replayCommand(args.positionals[0] as string, options, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const line of error.problems) io.err(`error: ${line}`);
    return REPLAY_EXIT.badInput;
  }
}

/**
 * Re-executes a trace (native, ITF or TLC text, auto-detected) step by step and checks every
 * safety property after every step: REPLAY_EXIT.reproduced when a property is violated,
 * clean when none is. `--itf FILE` also writes the trace in the Informal Trace Format.
 */
export function replayCommand(tracePath: string, options: ReplayOptions, io: Output): number {
  const trace = loadTrace(tracePath, options.config);
  if (trace.timed) return replayTimed(tracePath, trace, options, io);
  const result = replayTrace(trace, SAFETY_PROPERTIES);
  io.out(`replaying ${tracePath}: ${trace.actions.length} actions, seed ${trace.seed ?? 'unknown'}`);
  if (options.verbose) printSteps(result, options.state, io);
  if (result.rejectedAt !== null) {
    throw inputError(
      `trace ${tracePath}: action ${result.rejectedAt + 1} is not enabled in this model: ${JSON.stringify(trace.actions[result.rejectedAt])}`,
    );
  }
  // Written only once the trace is known to replay: an ITF file of a broken trace would mislead.
  if (options.itf) {
    writeJsonAtomic(options.itf, exportItf(trace));
    io.out(`wrote ITF trace ${options.itf}`);
  }
  for (const v of result.violations) io.out(`VIOLATION ${v.property} at step ${v.step}: ${v.message}`);
  if (trace.violation) {
    const verdict = result.matchesRecorded ? 'reproduced' : 'NOT reproduced';
    io.out(`recorded violation ${trace.violation.property} at step ${trace.violation.step}: ${verdict}`);
  }
  return verdict(trace, result.violations, result.matchesRecorded, true, io);
}

/** Each step in words, where a property first fails, and with `state` what changed in whom. */
function printSteps(result: ReplayResult, state: boolean, io: Output): void {
  const firstStepOf = new Map(result.violations.map((v) => [v.step, v]));
  let before: State = result.initialState;
  for (const step of result.steps) {
    io.out(`  ${String(step.index + 1).padStart(4)}. ${step.text}`);
    if (state) {
      for (const change of stateChanges(result.cfg, before, step.state))
        io.out(`          ${describeSlotChange(change)}`);
    }
    before = step.state;
    const v = firstStepOf.get(step.index + 1);
    if (v) io.out(`        ^ ${v.property} violated: ${v.message}`);
  }
}

function replayTimed(tracePath: string, trace: NativeTrace, options: ReplayOptions, io: Output): number {
  const refused = [
    options.itf === undefined
      ? ''
      : `--itf: ${tracePath} is a timed trace: ITF holds the untimed spec's states (tla/Alpenglow.tla), which has no clock, so a timed run has no ITF form; replay it without --itf`,
    options.state
      ? `--state: ${tracePath} is a timed trace: its steps are timed inputs, not model actions, so there are no per-step states to show; --verbose shows its finalizations`
      : '',
  ].filter((p) => p !== '');
  if (refused.length > 0) throw inputError(...refused);
  const timed = trace.timed as NonNullable<NativeTrace['timed']>;
  io.out(
    `replaying timed trace ${tracePath}: ${timed.inputs.length} inputs up to ${timed.end_ms} ms, seed ${trace.seed ?? 'unknown'}`,
  );
  const result = replayTimedTrace(trace, SAFETY_PROPERTIES, TIMED_PROPERTIES);
  if (options.verbose) {
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
  return verdict(trace, result.violations, result.matchesRecorded, false, io);
}

/** The exit code; first, which property reproduced when it is not the recorded one. */
function verdict(
  trace: NativeTrace,
  violations: readonly Violation[],
  matchesRecorded: boolean | null,
  withSteps: boolean,
  io: Output,
): number {
  if (violations.length === 0) {
    io.out('no property is violated by this trace');
    return REPLAY_EXIT.clean;
  }
  const line = matchesRecorded ? null : reproducedLine(trace.violation, violations, withSteps);
  if (line !== null) io.out(line);
  return REPLAY_EXIT.reproduced;
}

/**
 * `reproduced: A, B (the trace recorded C)`, for scripts (grep `^reproduced:`); the VIOLATION
 * lines above give each property's step and message. A recorded property that reproduces at
 * another step says so (untimed traces: a timed one judges every property at its end).
 */
function reproducedLine(
  recorded: NativeTrace['violation'],
  violations: readonly Violation[],
  withSteps: boolean,
): string {
  const names = violations.map((v) => v.property).join(', ');
  if (recorded === null) return `reproduced: ${names} (the trace recorded none)`;
  const same = violations.find((v) => v.property === recorded.property);
  if (same && withSteps)
    return `reproduced: ${same.property} at step ${same.step} (the trace recorded it at step ${recorded.step})`;
  return `reproduced: ${names} (the trace recorded ${recorded.property})`;
}

/** A native trace as it is; an ITF or TLC trace matched to model actions state by state (src/xval). */
function loadTrace(path: string, configPath: string | undefined): NativeTrace {
  const text = readTextFile(path, 'trace');
  if (configPath !== undefined && detectTraceFormat(text) === 'native') {
    throw inputError(
      `--config: ${path} is a native trace, and a native trace carries its own config; --config is for TLC or ITF traces without one`,
    );
  }
  const config = configPath === undefined ? undefined : loadConfig(configPath);
  try {
    return importTrace(text, { properties: SAFETY_PROPERTIES, ...(config ? { config } : {}) });
  } catch (error) {
    if (error instanceof XvalError)
      throw inputError(...error.message.split('\n').map((l) => `trace ${path}: ${l}`));
    throw error;
  }
}
