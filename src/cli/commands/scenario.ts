import { randomInt } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { SCENARIOS } from '../../../scenarios/index.ts';
import { MODES, type Mode, type ScenarioContext, type ScenarioName } from '../../../scenarios/types.ts';
import { buildReport } from '../../report/build.ts';
import type { TestReport } from '../../report/types.ts';
import { parseArgs } from '../args.ts';
import { loadConfig } from '../config-file.ts';
import { inputError } from '../errors.ts';
import { DEFAULT_MAX_STATES, DEFAULT_RUNS, SCENARIO_FLAGS } from '../flags.ts';
import { scenarioHelp } from '../help.ts';
import { writeJsonAtomic } from '../io.ts';
import { collectMetadata } from '../metadata.ts';
import type { Output } from '../output.ts';
import { ProgressLine } from '../progress.ts';
import { StopController } from '../stop.ts';

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
  if (args.positionals.length > 0) args.problems.push(`unexpected argument "${args.positionals[0]}"`);
  if (args.problems.length > 0) throw inputError(...args.problems);
  for (const w of args.warnings) io.err(`warning: ${w}`);
  const scenario = SCENARIOS[name];
  if (scenario.unavailable)
    throw inputError(`scenario ${name} is not available yet: ${scenario.unavailable}`);
  const configPath = args.flags.config as string | undefined;
  const config = loadConfig(configPath);
  const mode = resolveMode(args.flags.mode as string | undefined, scenario.modes);
  const seed =
    (args.flags.seed as number | undefined) ?? config.seed ?? envInt('ALPENGLOW_SEED') ?? randomInt(2 ** 31);
  const runs =
    (args.flags.runs as number | undefined) ?? envInt('FC_NUM_RUNS') ?? scenario.defaultRuns ?? DEFAULT_RUNS;
  const depth = (args.flags.depth as number | undefined) ?? config.exploration_depth;
  const output = (args.flags.output as string | undefined) ?? join('reports', `${name}.json`);
  const resolved = { ...config, seed };
  const stop = new StopController((args.flags.timeout as number | undefined) ?? null);
  const progress = new ProgressLine(process.stderr.isTTY === true);
  const verbose = args.flags.verbose === true;
  stop.listen((signal) => io.err(`\n${signal} received: stopping, the report will still be written`));
  const traceStem = join(dirname(output), basename(output).replace(/\.json$/, ''));
  const ctx: ScenarioContext = {
    config: resolved,
    seed,
    mode,
    runs,
    depth,
    crossValidate: args.flags['cross-validate'] === true,
    exhaustive: {
      symmetry: args.flags.symmetry !== false,
      maxStates: (args.flags['max-states'] as number | undefined) ?? DEFAULT_MAX_STATES,
      maxInFlight: (args.flags['max-in-flight'] as number | undefined) ?? null,
    },
    shouldStop: stop.shouldStop,
    progress: (p) => progress.update(p),
    log: (line) => {
      if (verbose) {
        progress.clear();
        io.err(line);
      }
    },
    saveTrace: (traceName, trace) => {
      const path = `${traceStem}.${traceName}.trace.json`;
      writeJsonAtomic(path, trace);
      return path;
    },
  };
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await scenario.run(ctx).finally(() => {
    progress.clear();
    stop.dispose();
  });
  const violated = result.properties.filter((p) => p.passed === false);
  const exitCode =
    violated.length > 0
      ? 1
      : stop.signal
        ? stop.signal === 'SIGINT'
          ? 130
          : 143
        : stop.deadlineHit
          ? 124
          : 0;
  const rerun = [
    `alpenglow ${name}`,
    configPath ? `--config ${configPath}` : '',
    `--seed ${seed}`,
    `--runs ${runs}`,
    `--depth ${depth}`,
    `--mode ${mode}`,
  ];
  const cpu = process.cpuUsage(cpuStart);
  const report = buildReport(
    { scenario: name, config: resolved, seed, mode, exitCode, reproduce: rerun.filter(Boolean).join(' ') },
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
  writeJsonAtomic(output, report);
  printSummary(io, report, output);
  return exitCode;
}

function resolveMode(requested: string | undefined, supported: readonly Mode[]): Mode {
  if (requested === undefined) return supported[0] as Mode;
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

function printSummary(io: Output, report: TestReport, output: string): void {
  io.out(
    `${report.scenario}: ${report.success ? 'PASS' : report.violations > 0 ? 'VIOLATION' : 'INCOMPLETE'}`,
  );
  io.out(
    `  ${report.runs} runs, ${report.states_explored} states (${report.metrics.coverage.unique_states ?? 'n/a'} distinct), ${report.duration_ms} ms, ${report.metrics.states_per_second ?? 0} states/s`,
  );
  const sweep = report.extra?.sweep as SweepRow[] | undefined;
  if (sweep) printSweep(io, sweep);
  else {
    for (const p of report.property_results) {
      const verdict =
        p.passed === null
          ? 'not checked'
          : p.passed
            ? 'holds'
            : `VIOLATED (${p.counterexample_length} steps)`;
      io.out(`  ${p.name.padEnd(34)} ${verdict}${p.error ? `: ${p.error}` : ''}`);
    }
  }
  if (report.metrics.timeouts > 0) io.out(`  stopped by --timeout before the run budget was spent`);
  if (report.interrupted && report.metrics.timeouts === 0)
    io.out('  stopped by a signal before the run budget was spent');
  io.out(`report: ${output}`);
  io.out(`seed: ${report.seed}`);
  for (const p of report.property_results) if (p.reproduce) io.out(`reproduce: ${p.reproduce}`);
  io.out(`rerun: ${report.reproduce}`);
}

interface SweepRow {
  strategy: string;
  byzantine_count: number;
  byzantine_stake_share: number;
  runs: number;
  violated: string[];
}

/** byzantine_resilience: one line per strategy and Byzantine count instead of one per property. */
function printSweep(io: Output, sweep: readonly SweepRow[]): void {
  for (const row of sweep) {
    const share = `${Math.round(row.byzantine_stake_share * 1000) / 10}%`;
    const verdict =
      row.violated.length === 0 ? 'all properties hold' : `VIOLATED: ${row.violated.join(', ')}`;
    io.out(
      `  ${row.strategy.padEnd(20)} byzantine ${row.byzantine_count} (${share.padStart(5)}), ${String(row.runs).padStart(5)} runs: ${verdict}`,
    );
  }
}
