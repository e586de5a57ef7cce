import { randomInt } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { SCENARIOS } from '../../../scenarios/index.ts';
import { isSelected, type PropertySelection } from '../../../scenarios/selection.ts';
import {
  MODES,
  type Mode,
  type ScenarioContext,
  type ScenarioDefinition,
  type ScenarioName,
  type ScenarioResult,
} from '../../../scenarios/types.ts';
import type { AlpenglowConfig } from '../../core/config/index.ts';
import { shellQuote } from '../../core/shell-quote.ts';
import { buildModelConfig } from '../../model/config.ts';
import { buildReport } from '../../report/build.ts';
import { crossValidationLines, crossValidationWarnings, scenarioSummaryLines } from '../../report/console.ts';
import { actionCoverageLines } from '../../report/console-coverage.ts';
import { junitSuite, junitXml } from '../../report/junit.ts';
import type { TestReport } from '../../report/types.ts';
import { tlaMirrorProblem } from '../../xval/resolve.ts';
import { parseArgs } from '../args.ts';
import { cliInvocation } from '../command-line.ts';
import { loadConfig } from '../config-file.ts';
import { annotate, type CrossValidationRun, runCrossValidation } from '../cross-validation.ts';
import { inputError } from '../errors.ts';
import { DEFAULT_MAX_STATES, DEFAULT_RUNS, SCENARIO_FLAGS } from '../flags.ts';
import { flagDriver, scenarioHelp } from '../help.ts';
import { writeFailure, writeFileAtomic, writeJsonAtomic } from '../io.ts';
import { collectMetadata } from '../metadata.ts';
import type { Output } from '../output.ts';
import { scenarioInputProblems } from '../preflight.ts';
import { ProgressLine } from '../progress.ts';
import { resolveSelection } from '../property-selection.ts';
import { SIGNAL_EXIT_CODES } from '../signal-latch.ts';
import { StopController } from '../stop.ts';
import { reportPage } from '../viewer.ts';
import { progressReporter, stderrIsTTY, tellHost } from '../worker-channel.ts';

/** Everything a scenario run was asked for, resolved from flags, config file and environment. */
interface RunSettings {
  readonly name: ScenarioName;
  readonly configPath: string | undefined;
  readonly config: AlpenglowConfig;
  /** null: no --mode for a scenario that then runs every driver it has (integration_tests). */
  readonly mode: Mode | null;
  readonly seed: number;
  readonly runs: number;
  readonly depth: number;
  readonly output: string;
  /** `--junit FILE`: where the JUnit XML goes (none without the flag). */
  readonly junit: string | undefined;
  readonly selection: PropertySelection | undefined;
}

/** `alpenglow <scenario> --config FILE --output FILE ...`: runs one scenario, writes its TestReport. */
export async function scenarioCommand(
  name: ScenarioName,
  argv: readonly string[],
  io: Output,
): Promise<number> {
  const args = parseArgs(argv, SCENARIO_FLAGS);
  if (args.flags.help) {
    io.out(scenarioHelp(name));
    return 0;
  }
  const problems = scenarioInputProblems(name, argv);
  if (problems.length > 0) throw inputError(...problems);
  for (const w of args.warnings) io.err(`warning: ${w}`);
  const scenario = SCENARIOS[name];
  if (scenario.unavailable)
    throw inputError(`scenario ${name} is not available yet: ${scenario.unavailable}`);
  const settings = resolveSettings(name, args.flags);
  const refused = scenario.configProblems?.(settings.config) ?? [];
  const where = settings.configPath === undefined ? 'config' : `config ${settings.configPath}`;
  if (refused.length > 0) throw inputError(...refused.map((p) => `${where}: ${p}`));
  const flags = withoutUnusedFlags(scenario, settings.mode, args.flags, io);
  const unmirrored =
    flags['cross-validate'] === true ? tlaMirrorProblem(buildModelConfig(settings.config)) : null;
  if (unmirrored !== null) throw inputError(`--cross-validate: ${unmirrored}`);
  const stop = new StopController((flags.timeout as number | undefined) ?? null);
  const progress = new ProgressLine(stderrIsTTY());
  stop.listen((signal) => io.err(`\n${signal} received: stopping, the report will still be written`));
  const ctx = buildContext(settings, flags, stop, progress, io);
  announce(settings, flags, stop);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const ran = await scenario.run(ctx).finally(() => progress.clear());
  const xv = ctx.crossValidate ? await runCrossValidation(ctx) : null;
  stop.shouldStop(); // a signal that came after the last poll still decides the exit code
  stop.dispose();
  const result = withRunExtras(
    xv ? withCrossValidation(ran, settings.mode === 'exhaustive', xv) : ran,
    settings,
  );
  const exitCode =
    xv?.consistent === false
      ? 1
      : exitCodeOf(
          result.properties.some((p) => p.passed === false),
          stop,
        );
  const cpu = process.cpuUsage(cpuStart);
  const { config, seed, output } = settings;
  const report = buildReport(
    {
      scenario: name,
      config,
      seed,
      mode: reportMode(settings),
      exitCode,
      reproduce: rerunCommand(settings, flags),
      cli: cliInvocation(),
    },
    result,
    {
      durationMs: performance.now() - started,
      peakMemoryBytes: process.resourceUsage().maxRSS * 1024,
      cpuTimeMs: Math.round((cpu.user + cpu.system) / 1000),
      timedOut: stop.deadlineHit && !stop.signal,
      timestamp: new Date().toISOString(),
      metadata: collectMetadata(),
    },
  );
  const written = writeReport(output, report, io);
  if (xv) for (const line of crossValidationWarnings(xv)) io.err(line);
  if (xv) for (const line of crossValidationLines(xv)) io.out(line);
  return finishOutput(report, settings, written, flags.verbose === true, io) ? exitCode : 1;
}

/**
 * Flags for a driver this run does not use (`--max-states` on liveness, sim only; or with an
 * explicit `--mode pbt`): a warning each, and left out of the run and its rerun line. A warning,
 * not an error: one command line shared by several scenarios (a script, a verify profile) stays valid.
 */
function withoutUnusedFlags(
  scenario: ScenarioDefinition,
  mode: Mode | null,
  flags: Flags,
  io: Output,
): Flags {
  const drivers = mode === null ? scenario.modes : [mode];
  const kept = { ...flags };
  for (const spec of SCENARIO_FLAGS) {
    const only = flagDriver(spec);
    if (only === undefined || drivers.includes(only) || flags[spec.name] === undefined) continue;
    const why =
      scenario.modes.includes(only) && mode !== null
        ? `with --mode ${mode} (it is for --mode ${only})`
        : `on ${scenario.name} (its only mode${scenario.modes.length === 1 ? ' is' : 's are'} ${scenario.modes.join(', ')})`;
    io.err(`warning: --${spec.name} has no effect ${why}`);
    delete kept[spec.name];
  }
  return kept;
}

/**
 * After the report: the JUnit XML if asked for, the per-action coverage and the summary (last, so
 * its reproduce and rerun lines stay on screen). False when a file could not be written.
 */
function finishOutput(
  report: TestReport,
  s: RunSettings,
  reportWritten: boolean,
  verbose: boolean,
  io: Output,
): boolean {
  const junitWritten = s.junit === undefined || writeJunit(s.junit, report, s.runs, io);
  const page = reportWritten ? writeViewerPage(report, s.output, io) : null;
  for (const line of actionCoverageLines(report, verbose)) io.out(line);
  if (s.junit !== undefined && junitWritten) io.out(`junit: ${s.junit}`);
  if (typeof page === 'string') io.out(`page: ${page}`);
  for (const line of scenarioSummaryLines(report, reportWritten ? s.output : null)) io.out(line);
  return reportWritten && junitWritten && page !== false;
}

/**
 * A run that found a violation writes the counterexample page beside its report (`r.json` →
 * `r.html`, atomically): the report's tables and a chart of each counterexample trace. Its path;
 * null when nothing was violated; false (after one error line) when it could not be written.
 */
function writeViewerPage(report: TestReport, output: string, io: Output): string | null | false {
  if (!report.property_results.some((p) => p.passed === false)) return null;
  const path = join(dirname(output), `${basename(output).replace(/\.json$/, '')}.html`);
  try {
    writeFileAtomic(path, reportPage(report, process.cwd()));
    return path;
  } catch (error) {
    io.err(`error: ${writeFailure(path, 'page', error)}`);
    return false;
  }
}

/**
 * Tells a worker host where the report goes, when the deadline is, and what the report says if
 * the run never reaches a stop point (nothing checked, nothing measured: every number null or 0).
 */
function announce(s: RunSettings, flags: Flags, stop: StopController): void {
  const skeleton = buildReport(
    {
      scenario: s.name,
      config: s.config,
      seed: s.seed,
      mode: reportMode(s),
      exitCode: 1,
      reproduce: rerunCommand(s, flags),
      cli: cliInvocation(),
    },
    {
      properties: [],
      statesExplored: 0,
      uniqueStates: null,
      transitions: null,
      stateSpaceCoverage: null,
      byzantineEvents: 0,
      networkEvents: 0,
      runs: 0,
      interrupted: true,
    },
    {
      durationMs: 0,
      peakMemoryBytes: null,
      cpuTimeMs: null,
      timedOut: false,
      timestamp: new Date().toISOString(),
      metadata: collectMetadata(),
    },
  );
  tellHost({ type: 'started', output: s.output, deadlineEpochMs: stop.deadlineEpochMs(), skeleton });
}

/** Writes the JUnit XML (atomically, like the report); a failure is one line, and exit 1. */
function writeJunit(path: string, report: TestReport, runsRequested: number, io: Output): boolean {
  try {
    writeFileAtomic(path, junitXml([junitSuite(report, runsRequested)]));
    return true;
  } catch (error) {
    io.err(`error: ${writeFailure(path, '--junit', error)}`);
    return false;
  }
}

/**
 * The report's additions of this run: which properties were selected and skipped, and the
 * per-action coverage of every driver that ran (src/sim/action-coverage.ts).
 */
function withRunExtras(result: ScenarioResult, s: RunSettings): ScenarioResult {
  const all = SCENARIOS[s.name].properties;
  const coverage = Object.fromEntries(
    Object.entries(result.actionCoverage ?? {}).map(([mode, c]) => [mode, c.table()]),
  );
  return {
    ...result,
    extra: {
      ...result.extra,
      properties_selected: all.filter((p) => isSelected(s.selection, p)),
      properties_skipped: all.filter((p) => !isSelected(s.selection, p)),
      action_coverage: coverage,
    },
  };
}

/** Writes the report; a failure (checked up front, so a disk-full or a race) is one line, not a crash. */
function writeReport(output: string, report: TestReport, io: Output): boolean {
  try {
    writeJsonAtomic(output, report);
    return true;
  } catch (error) {
    io.err(`error: ${writeFailure(output, 'report', error)}`);
    return false;
  }
}

type Flags = Readonly<Record<string, string | number | boolean>>;

function outputPath(name: ScenarioName, flags: Flags): string {
  return (flags.output as string | undefined) ?? join('reports', `${name}.json`);
}

function resolveSettings(name: ScenarioName, flags: Flags): RunSettings {
  const scenario = SCENARIOS[name];
  const configPath = flags.config as string | undefined;
  const config = loadConfig(configPath);
  const seed =
    (flags.seed as number | undefined) ?? config.seed ?? envInt('ALPENGLOW_SEED') ?? randomInt(2 ** 31);
  return {
    name,
    configPath,
    config: { ...config, seed },
    mode: resolveMode(flags.mode as string | undefined, scenario),
    seed,
    runs: (flags.runs as number | undefined) ?? envInt('FC_NUM_RUNS') ?? scenario.defaultRuns ?? DEFAULT_RUNS,
    depth: (flags.depth as number | undefined) ?? config.exploration_depth,
    output: outputPath(name, flags),
    junit: flags.junit as string | undefined,
    selection: resolveSelection(name, flags),
  };
}

function buildContext(
  s: RunSettings,
  flags: Flags,
  stop: StopController,
  progress: ProgressLine,
  io: Output,
): ScenarioContext {
  const toHost = progressReporter();
  const traceStem = join(dirname(s.output), basename(s.output).replace(/\.json$/, ''));
  const verbose = flags.verbose === true;
  return {
    config: s.config,
    seed: s.seed,
    mode: s.mode,
    runs: s.runs,
    depth: s.depth,
    crossValidate: flags['cross-validate'] === true,
    ...(s.selection === undefined ? {} : { selection: s.selection }),
    exhaustive: {
      symmetry: flags.symmetry !== false,
      maxStates: (flags['max-states'] as number | undefined) ?? DEFAULT_MAX_STATES,
      maxInFlight: (flags['max-in-flight'] as number | undefined) ?? null,
    },
    shouldStop: stop.shouldStop,
    remainingMs: () => stop.remainingMs(),
    progress: (p) => {
      progress.update(p);
      toHost(p);
    },
    log: (line) => {
      if (!verbose) return;
      progress.clear();
      io.err(line);
    },
    saveTrace: (traceName, trace) => {
      const path = `${traceStem}.${traceName}.trace.json`;
      writeJsonAtomic(path, trace);
      return path;
    },
  };
}

/**
 * design.md §4: a signal's conventional code first (the user stopped the run; the report still
 * says what was found, and a stop during shrinking must not pass for a finished run); then 1 for
 * a violation; 124 when --timeout ran out; else 0.
 */
function exitCodeOf(violated: boolean, stop: StopController): number {
  if (stop.signal) return SIGNAL_EXIT_CODES[stop.signal];
  if (violated) return 1;
  return stop.deadlineHit ? 124 : 0;
}

/** The command that repeats this run: every flag that changes what is explored or checked. */
function rerunCommand(s: RunSettings, flags: Flags): string {
  const config = s.configPath ? `--config ${shellQuote(s.configPath)}` : '';
  const parts = [`${cliInvocation()} ${s.name}`, config, `--seed ${s.seed}`];
  parts.push(`--runs ${s.runs}`, `--depth ${s.depth}`, s.mode ? `--mode ${s.mode}` : '');
  if (flags.symmetry === false) parts.push('--symmetry=false');
  if (flags['max-states'] !== undefined) parts.push(`--max-states ${flags['max-states']}`);
  if (flags['max-in-flight'] !== undefined) parts.push(`--max-in-flight ${flags['max-in-flight']}`);
  if (flags['cross-validate'] === true) parts.push('--cross-validate');
  if (s.selection?.only) parts.push(`--properties ${s.selection.only.join(',')}`);
  if (s.selection && s.selection.skip.length > 0)
    parts.push(`--skip-properties ${s.selection.skip.join(',')}`);
  return parts.filter(Boolean).join(' ');
}

/** The report's `mode`: the driver that ran, or every driver joined by '+' when all of them did. */
function reportMode(s: RunSettings): string {
  return s.mode ?? SCENARIOS[s.name].modes.join('+');
}

function resolveMode(requested: string | undefined, scenario: ScenarioDefinition): Mode | null {
  const supported = scenario.modes;
  if (requested === undefined) return scenario.runsEveryMode ? null : (supported[0] as Mode);
  if (!MODES.includes(requested as Mode))
    throw inputError(`--mode: must be one of ${MODES.join(', ')}, got "${requested}"`);
  if (!supported.includes(requested as Mode)) {
    throw inputError(`--mode: this scenario supports ${supported.join(', ')} (not "${requested}")`);
  }
  return requested as Mode;
}

function envInt(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text))
    throw inputError(`environment ${name}: must be a non-negative integer, got "${text}"`);
  return Number(text);
}

function withCrossValidation(
  result: ScenarioResult,
  explored: boolean,
  xv: CrossValidationRun,
): ScenarioResult {
  const summary = xv.runs.map((r) => ({
    leader_offset: r.leaderOffset,
    available: r.available,
    consistent: r.consistent,
    distinct_states: r.stateCounts,
    states_generated: r.statesGenerated,
    complete: r.complete,
    states_equal: r.statesEqual,
    first_difference: r.firstDifference ?? null,
    traces: r.traces,
    distinct_states_per_second: {
      ts: r.timing.ts.distinctPerSecond,
      tlc: r.timing.tlc?.distinctPerSecond ?? null,
    },
    details: r.details,
  }));
  return {
    ...result,
    properties: annotate(result, explored, xv),
    extra: { ...result.extra, cross_validation: summary },
  };
}
