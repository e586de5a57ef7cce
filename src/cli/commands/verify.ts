import { join } from 'node:path';
import { SCENARIOS } from '../../../scenarios/index.ts';
import { SCENARIO_NAMES, type ScenarioName } from '../../../scenarios/types.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { inputError } from '../errors.ts';
import { flagTable } from '../help.ts';
import { folderTargetProblems, writeJsonAtomic } from '../io.ts';
import type { Output } from '../output.ts';
import {
  DEFAULT_PIPELINE_SCENARIOS,
  type PipelineJob,
  PROFILES,
  SCENARIO_ALIASES,
} from '../verify/profiles.ts';
import { type JobOutcome, runJob } from '../verify/run-job.ts';
import {
  classify,
  overall,
  type PipelineSummary,
  reproduceLines,
  type SummaryEntry,
  summaryTable,
} from '../verify/summary.ts';

export const VERIFY_FLAGS: readonly FlagSpec[] = [
  {
    name: 'profile',
    type: 'string',
    value: 'NAME',
    description: `one of ${Object.keys(PROFILES).join(', ')} (default small)`,
  },
  {
    name: 'scenarios',
    type: 'string',
    value: 'a,b',
    description: 'scenarios to run (default: safety, liveness, byzantine once available)',
  },
  {
    name: 'timeout',
    type: 'int',
    min: 1,
    value: 'SEC',
    description: "per-scenario timeout (default: the profile's)",
  },
  { name: 'cross-validate', type: 'boolean', description: 'pass --cross-validate to every scenario' },
  {
    name: 'out-dir',
    type: 'string',
    value: 'DIR',
    description: 'parent of the session folder (default reports)',
  },
  {
    name: 'seed',
    type: 'int',
    value: 'N',
    description: 'seed for every scenario (default: each picks one and prints it)',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export function verifyHelp(): string {
  return `alpenglow verify — the verification pipeline (replaces stateright_verify.sh)

Runs each scenario of a profile as its own process with a per-scenario timeout, and writes a
session folder <out-dir>/<timestamp>/ with each scenario's resolved config, report and log, plus
summary.json. Exit 0 when every scenario passes, 1 on any violation or error, 124 when the only
problem is a timeout.

flags:
${flagTable(VERIFY_FLAGS)}`;
}

export async function verifyCommand(argv: readonly string[], io: Output): Promise<number> {
  const args = parseArgs(argv, VERIFY_FLAGS);
  if (args.flags.help) {
    io.out(verifyHelp());
    return 0;
  }
  const profile = PROFILES[(args.flags.profile as string | undefined) ?? 'small'];
  if (!profile) args.problems.push(`--profile: must be one of ${Object.keys(PROFILES).join(', ')}`);
  const requested = resolveScenarios(args.flags.scenarios as string | undefined, args.problems);
  const outDir = (args.flags['out-dir'] as string | undefined) ?? 'reports';
  args.problems.push(...folderTargetProblems(outDir, '--out-dir'));
  if (args.problems.length > 0 || !profile) throw inputError(...args.problems);
  const startedAt = new Date();
  const session = join(outDir, startedAt.toISOString().replace(/[:.]/g, '-'));
  io.out(`verify: profile ${profile.name} (${profile.description}), session ${session}`);
  const entries = requested.skipped.map((scenario) =>
    skipped(scenario, `not available yet: ${SCENARIOS[scenario].unavailable ?? ''}`),
  );
  const mode = profile.onlyMode;
  const runnable = mode ? requested.run.filter((s) => SCENARIOS[s].modes.includes(mode)) : requested.run;
  for (const scenario of requested.run.filter((s) => !runnable.includes(s)))
    entries.push(
      skipped(scenario, `the ${profile.name} profile runs ${mode} only; ${scenario} has no ${mode} driver`),
    );
  const extraArgs: string[] = [
    '--timeout',
    String((args.flags.timeout as number | undefined) ?? profile.timeoutSeconds),
  ];
  if (args.flags.seed !== undefined) extraArgs.push('--seed', String(args.flags.seed));
  if (args.flags['cross-validate']) extraArgs.push('--cross-validate');
  if (mode) extraArgs.push('--mode', mode);
  const run = await runJobs(profile.jobs(runnable), session, extraArgs, io);
  entries.push(...run.entries);
  const verdict = overall(entries);
  const summary: PipelineSummary = {
    profile: profile.name,
    started_at: startedAt.toISOString(),
    duration_ms: Date.now() - startedAt.getTime(),
    status: run.interrupted ? 'interrupted' : verdict.status,
    exit_code: run.interrupted ? 130 : verdict.exitCode,
    scenarios: entries,
  };
  writeJsonAtomic(join(session, 'summary.json'), summary);
  for (const line of summaryTable(summary)) io.out(line);
  for (const line of reproduceLines(summary)) io.out(line);
  io.out(`overall: ${summary.status.toUpperCase()}   summary: ${join(session, 'summary.json')}`);
  return summary.exit_code;
}

/** Runs the jobs one after another, each into its own files; a signal stops before the next job. */
async function runJobs(
  jobs: readonly PipelineJob[],
  session: string,
  extraArgs: readonly string[],
  io: Output,
): Promise<{ entries: SummaryEntry[]; interrupted: boolean }> {
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const entries: SummaryEntry[] = [];
  try {
    for (const job of jobs) {
      if (interrupted) break;
      const files = {
        config: join(session, `${job.id}.config.json`),
        report: join(session, `${job.id}.json`),
        log: join(session, `${job.id}.log`),
      };
      writeJsonAtomic(files.config, job.config);
      const jobArgs = [
        job.scenario,
        '--config',
        files.config,
        '--output',
        files.report,
        '--runs',
        String(job.runs),
        ...extraArgs,
      ];
      io.err(`  running ${job.id} ...`);
      entries.push(entryOf(job, files, await runJob(jobArgs, files.log, files.report)));
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return { entries, interrupted };
}

function entryOf(
  job: PipelineJob,
  files: { config: string; report: string; log: string },
  outcome: JobOutcome,
): SummaryEntry {
  return {
    id: job.id,
    scenario: job.scenario,
    status: classify(outcome),
    exit_code: outcome.exitCode,
    duration_ms: Math.round(outcome.durationMs),
    states: outcome.report?.states_explored ?? null,
    violations: outcome.report?.violations ?? null,
    violated_properties:
      outcome.report?.property_results.filter((p) => p.passed === false).map((p) => p.name) ?? [],
    report: outcome.report ? files.report : null,
    config: files.config,
    log: files.log,
    note: outcome.firstError ?? job.note ?? null,
    seed: outcome.report?.seed ?? null,
    rerun: outcome.report?.reproduce ?? null,
    reproduce: outcome.report?.property_results.flatMap((p) => (p.reproduce ? [p.reproduce] : [])) ?? [],
  };
}

function resolveScenarios(
  text: string | undefined,
  problems: string[],
): { run: ScenarioName[]; skipped: ScenarioName[] } {
  if (text === undefined) {
    const defaults = DEFAULT_PIPELINE_SCENARIOS as ScenarioName[];
    return {
      run: defaults.filter((s) => !SCENARIOS[s].unavailable),
      skipped: defaults.filter((s) => SCENARIOS[s].unavailable),
    };
  }
  const run: ScenarioName[] = [];
  const skipped: ScenarioName[] = [];
  for (const raw of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const name = SCENARIO_ALIASES[raw] ?? raw;
    if (!(SCENARIO_NAMES as readonly string[]).includes(name))
      problems.push(`--scenarios: unknown scenario "${raw}" (known: ${SCENARIO_NAMES.join(', ')})`);
    else if (SCENARIOS[name as ScenarioName].unavailable) skipped.push(name as ScenarioName);
    else run.push(name as ScenarioName);
  }
  return { run, skipped };
}

function skipped(scenario: ScenarioName, note: string): SummaryEntry {
  return {
    id: scenario,
    scenario,
    status: 'skipped',
    exit_code: null,
    duration_ms: 0,
    states: null,
    violations: null,
    violated_properties: [],
    report: null,
    config: null,
    log: null,
    note,
    seed: null,
    rerun: null,
    reproduce: [],
  };
}
