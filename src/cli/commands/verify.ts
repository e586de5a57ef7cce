import { join } from 'node:path';
import type { ScenarioName } from '../../../scenarios/types.ts';
import { closestName } from '../../core/config/suggest.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { inputError } from '../errors.ts';
import { flagTable } from '../help.ts';
import { folderTargetProblems, writeJsonAtomic } from '../io.ts';
import { FolderError, makeFolders } from '../mkdir.ts';
import type { Output } from '../output.ts';
import { latchSignals, SIGNAL_EXIT_CODES, type SignalLatch, type StopSignal } from '../signal-latch.ts';
import { judge } from '../verify/expectations.ts';
import { type PipelineJob, PROFILES, type Profile } from '../verify/profiles.ts';
import { type JobOutcome, runJob } from '../verify/run-job.ts';
import { type Selection, selectScenarios } from '../verify/select.ts';
import {
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
    description: 'safety,liveness,byzantine (default), integration, or full names',
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
summary.json. Jobs whose config lies beyond the paper's assumptions (boundary profile) must
find a violation: they pass as EXPECTED VIOLATION and fail when they find none. Exit 0 when every
scenario passes or finds its expected violation, 1 on any other violation, a missing expected
violation or an error (also when nothing would run), 124 when the only problem is a timeout,
130 / 143 on SIGINT / SIGTERM.

flags:
${flagTable(VERIFY_FLAGS)}`;
}

interface VerifySettings {
  readonly profile: Profile;
  readonly selection: Selection;
  readonly outDir: string;
  /** Flags every scenario of the session gets. */
  readonly extraArgs: readonly string[];
}

/** The flags, checked all at once: one line per problem, nothing created when any is wrong. */
function verifySettings(args: ReturnType<typeof parseArgs>): VerifySettings {
  const problems = [...args.problems];
  if (args.positionals.length > 0)
    problems.push(
      `unexpected argument "${args.positionals[0]}" (verify takes flags only; scenarios go in --scenarios)`,
    );
  const profileName = (args.flags.profile as string | undefined) ?? 'small';
  // Own keys only: `--profile toString` must not find Object.prototype's.
  const profile = Object.hasOwn(PROFILES, profileName) ? PROFILES[profileName] : undefined;
  if (!profile) problems.push(profileProblem(profileName));
  const selection = profile
    ? selectScenarios(args.flags.scenarios as string | undefined, profile, problems)
    : { run: [], skipped: [] };
  const outDir = (args.flags['out-dir'] as string | undefined) ?? 'reports';
  problems.push(...folderTargetProblems(outDir, '--out-dir'));
  if (problems.length > 0 || !profile) throw inputError(...problems);
  const extraArgs = [
    '--timeout',
    String((args.flags.timeout as number | undefined) ?? profile.timeoutSeconds),
  ];
  if (args.flags.seed !== undefined) extraArgs.push('--seed', String(args.flags.seed));
  if (args.flags['cross-validate']) extraArgs.push('--cross-validate');
  if (profile.onlyMode) extraArgs.push('--mode', profile.onlyMode);
  return { profile, selection, outDir, extraArgs };
}

/** `--profile smal` → "did you mean small?"; with no close name, the list. */
function profileProblem(name: string): string {
  const names = Object.keys(PROFILES);
  const hint = closestName(name, names);
  return `--profile: unknown profile "${name}" (${hint ? `did you mean ${hint}?` : `known: ${names.join(', ')}`})`;
}

export async function verifyCommand(argv: readonly string[], io: Output): Promise<number> {
  const args = parseArgs(argv, VERIFY_FLAGS);
  if (args.flags.help) {
    io.out(verifyHelp());
    return 0;
  }
  const { profile, selection, outDir, extraArgs } = verifySettings(args);
  const startedAt = new Date();
  const session = join(outDir, startedAt.toISOString().replace(/[:.]/g, '-'));
  makeSession(session, outDir);
  io.out(`verify: profile ${profile.name} (${profile.description}), session ${session}`);
  const entries = selection.skipped.map((s) => skipped(s.scenario, s.note));
  // Held until the summary is written: a signal after the last job is still latched, never
  // Node's default (the end of the process by the signal, the summary unwritten).
  const latch = latchSignals(io, 'stopping after the current scenario (it is told too)');
  try {
    return finishSession(entries, await runJobs(profile.jobs(selection.run), session, extraArgs, latch, io), {
      profile,
      startedAt,
      session,
      io,
    });
  } finally {
    latch.release();
  }
}

function finishSession(
  entries: SummaryEntry[],
  run: { entries: SummaryEntry[]; signal: StopSignal | null },
  s: { profile: Profile; startedAt: Date; session: string; io: Output },
): number {
  const { profile, startedAt, session, io } = s;
  entries.push(...run.entries);
  const verdict = overall(entries);
  const summary: PipelineSummary = {
    profile: profile.name,
    started_at: startedAt.toISOString(),
    duration_ms: Date.now() - startedAt.getTime(),
    status: run.signal ? 'interrupted' : verdict.status,
    // As a scenario alone: 130 for SIGINT, 143 for SIGTERM.
    exit_code: run.signal ? SIGNAL_EXIT_CODES[run.signal] : verdict.exitCode,
    scenarios: entries,
  };
  writeJsonAtomic(join(session, 'summary.json'), summary);
  for (const line of summaryTable(summary)) io.out(line);
  for (const line of reproduceLines(summary)) io.out(line);
  io.out(`overall: ${overallLabel(summary)}   summary: ${join(session, 'summary.json')}`);
  return summary.exit_code;
}

/** "PASS (3 expected violations found, 1 skipped)": what the verdict stands on, in a few words. */
function overallLabel(summary: PipelineSummary): string {
  const count = (status: string) => summary.scenarios.filter((e) => e.status === status).length;
  const expected = count('expected_violation');
  const skippedCount = count('skipped');
  const parts = [
    ...(expected > 0 ? [`${expected} expected violation${expected === 1 ? '' : 's'} found`] : []),
    ...(skippedCount > 0 ? [`${skippedCount} skipped`] : []),
  ];
  const label = summary.status.replace(/_/g, ' ').toUpperCase();
  return parts.length > 0 ? `${label} (${parts.join(', ')})` : label;
}

/** The session folder, made before the first job (the check found --out-dir writable; a race may not). */
function makeSession(session: string, outDir: string): void {
  try {
    makeFolders(session);
  } catch (error) {
    if (error instanceof FolderError) throw inputError(`--out-dir ${outDir}: ${error.message}`);
    throw error;
  }
}

/** Runs the jobs one after another, each into its own files; a signal stops before the next job. */
async function runJobs(
  jobs: readonly PipelineJob[],
  session: string,
  extraArgs: readonly string[],
  latch: SignalLatch,
  io: Output,
): Promise<{ entries: SummaryEntry[]; signal: StopSignal | null }> {
  const entries: SummaryEntry[] = [];
  for (const job of jobs) {
    if (latch.signal) break;
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
  return { entries, signal: latch.signal };
}

function entryOf(
  job: PipelineJob,
  files: { config: string; report: string; log: string },
  outcome: JobOutcome,
): SummaryEntry {
  const verdict = judge(job, outcome);
  return {
    id: job.id,
    scenario: job.scenario,
    status: verdict.status,
    exit_code: outcome.exitCode,
    duration_ms: Math.round(outcome.durationMs),
    states: outcome.report?.states_explored ?? null,
    violations: outcome.report?.violations ?? null,
    violated_properties:
      outcome.report?.property_results.filter((p) => p.passed === false).map((p) => p.name) ?? [],
    report: outcome.report ? files.report : null,
    config: files.config,
    log: files.log,
    note: verdict.note,
    seed: outcome.report?.seed ?? null,
    rerun: outcome.report?.reproduce ?? null,
    reproduce: outcome.report?.property_results.flatMap((p) => (p.reproduce ? [p.reproduce] : [])) ?? [],
    runs: outcome.report?.runs ?? null,
    runs_requested: job.runs,
    expected_violation: verdict.expected_violation,
    stopped_by: stoppedBy(outcome.report),
  };
}

/** What stopped a job's run early, from its report (none: nothing did, or there is no report). */
function stoppedBy(report: JobOutcome['report']): SummaryEntry['stopped_by'] {
  if (!report) return null;
  if (report.metrics.timeouts > 0) return 'timeout';
  return report.interrupted ? 'signal' : null;
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
    runs: null,
    runs_requested: null,
    expected_violation: null,
    stopped_by: null,
  };
}
