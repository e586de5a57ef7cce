import { randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIOS } from '../../../scenarios/index.ts';
import { SCENARIO_NAMES, type ScenarioName } from '../../../scenarios/types.ts';
import { shellQuote } from '../../core/shell-quote.ts';
import type { ScenarioStatus } from '../../report/pipeline-summary.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { cliInvocation } from '../command-line.ts';
import { loadConfig } from '../config-file.ts';
import { inputError } from '../errors.ts';
import { flagTable } from '../help.ts';
import { folderTargetProblems, writeJsonAtomic } from '../io.ts';
import { FolderError, makeFolders } from '../mkdir.ts';
import type { Output } from '../output.ts';
import { latchSignals, SIGNAL_EXIT_CODES, type StopSignal } from '../signal-latch.ts';
import { classify } from '../verify/expectations.ts';
import { runJob } from '../verify/run-job.ts';
import { suggestion } from '../verify/select.ts';

export const FUZZ_FLAGS: readonly FlagSpec[] = [
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'config to fuzz (default: the guide defaults)',
  },
  {
    name: 'duration',
    type: 'int',
    min: 1,
    value: 'SEC',
    description: 'how long to keep going (default 600)',
  },
  { name: 'workers', type: 'int', min: 1, value: 'N', description: 'processes in parallel (default 2)' },
  {
    name: 'corpus',
    type: 'string',
    value: 'DIR',
    description: 'where every counterexample is kept (default reports/corpus)',
  },
  {
    name: 'scenario',
    type: 'string',
    value: 'NAME',
    description: 'scenario each batch runs (default safety_properties)',
  },
  { name: 'runs', type: 'int', min: 1, value: 'N', description: 'runs per batch (default 500)' },
  {
    name: 'seed',
    type: 'int',
    value: 'N',
    description: 'first seed; batch i uses seed + i (default random)',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export function fuzzHelp(): string {
  return `alpenglow fuzz — long-run fuzzing (nightly): batch after batch with fresh seeds until --duration

Each batch is one scenario run in its own process with seed + i; its report and every trace it
finds are written into the corpus folder the moment they exist, so a crash or a kill loses
nothing already found. fuzz-summary.json lists the batches and the verdict. An unknown or
unavailable --scenario is refused before any batch; a batch that fails without a report is an
error, not a violation. Exit 1 when any batch found a violation or failed, 130 / 143 on SIGINT /
SIGTERM (the summary still written), 0 otherwise.

flags:
${flagTable(FUZZ_FLAGS)}`;
}

interface FuzzSettings {
  readonly scenario: ScenarioName;
  readonly corpus: string;
  readonly config: string | undefined;
  readonly durationMs: number;
  readonly workers: number;
  readonly runs: number;
  readonly firstSeed: number;
}

/** The flags, checked all at once: one line per problem, nothing created when any is wrong. */
function fuzzSettings(args: ReturnType<typeof parseArgs>): FuzzSettings {
  const problems = [...args.problems];
  if (args.positionals.length > 0)
    problems.push(`unexpected argument "${args.positionals[0]}" (fuzz takes flags only)`);
  const corpus = (args.flags.corpus as string | undefined) ?? join('reports', 'corpus');
  problems.push(...folderTargetProblems(corpus, '--corpus'));
  const scenario = (args.flags.scenario as string | undefined) ?? 'safety_properties';
  problems.push(...scenarioProblems(scenario));
  if (problems.length > 0) throw inputError(...problems);
  const config = args.flags.config as string | undefined;
  // Checked once here: a bad config would otherwise fail every batch until --duration runs out.
  if (config !== undefined) loadConfig(config);
  return {
    scenario: scenario as ScenarioName,
    corpus,
    config,
    durationMs: ((args.flags.duration as number | undefined) ?? 600) * 1000,
    workers: (args.flags.workers as number | undefined) ?? 2, // --workers is at least 1
    runs: (args.flags.runs as number | undefined) ?? 500,
    firstSeed: (args.flags.seed as number | undefined) ?? randomInt(2 ** 30),
  };
}

/** An unknown scenario (with a "did you mean") or one that cannot run: every batch would fail. */
function scenarioProblems(scenario: string): string[] {
  if (!(SCENARIO_NAMES as readonly string[]).includes(scenario)) {
    const hint = suggestion(scenario);
    return [
      `--scenario: unknown scenario "${scenario}" (${hint ? `did you mean ${hint}?` : `known: ${SCENARIO_NAMES.join(', ')}`})`,
    ];
  }
  const unavailable = SCENARIOS[scenario as ScenarioName].unavailable;
  return unavailable ? [`--scenario: ${scenario} is not available yet: ${unavailable}`] : [];
}

export async function fuzzCommand(argv: readonly string[], io: Output): Promise<number> {
  const args = parseArgs(argv, FUZZ_FLAGS);
  if (args.flags.help) {
    io.out(fuzzHelp());
    return 0;
  }
  const settings = fuzzSettings(args);
  const { corpus, scenario, firstSeed } = settings;
  makeCorpus(corpus);
  const { batches, signal } = await runBatches(settings, io);
  const traces = readdirSync(corpus)
    .filter((f) => f.endsWith('.trace.json'))
    .sort();
  const verdict = fuzzVerdict(batches, signal);
  writeJsonAtomic(join(corpus, 'fuzz-summary.json'), {
    scenario,
    first_seed: firstSeed,
    ...verdict,
    batches,
    traces,
  });
  io.out(
    `fuzz: ${batches.length} batches (seeds ${firstSeed}…${firstSeed + batches.length - 1}), ${traces.length} traces in ${corpus}: ${verdict.status}`,
  );
  const cli = cliInvocation();
  for (const t of traces) io.out(`reproduce: ${cli} replay ${shellQuote(join(corpus, t))}`);
  return verdict.exit_code;
}

interface Batch {
  readonly seed: number;
  readonly status: ScenarioStatus;
  readonly exit_code: number;
  readonly report: string;
  /** The batch's first `error:` line when it failed (its log has the rest). */
  readonly error: string | null;
}

/**
 * The session's verdict. A signal's code wins, as for a scenario alone (130 / 143); then any
 * violation or error is 1: a batch that failed without a report is an error (classify), never a
 * violation, so a fuzz run whose batches could not run does not claim to have found anything.
 */
export function fuzzVerdict(
  batches: readonly Pick<Batch, 'status'>[],
  signal: StopSignal | null,
): { status: 'pass' | 'violation' | 'error' | 'interrupted'; exit_code: number } {
  if (signal) return { status: 'interrupted', exit_code: SIGNAL_EXIT_CODES[signal] };
  if (batches.some((b) => b.status === 'violation')) return { status: 'violation', exit_code: 1 };
  if (batches.some((b) => b.status === 'error')) return { status: 'error', exit_code: 1 };
  return { status: 'pass', exit_code: 0 };
}

/** Batches with seeds firstSeed, firstSeed + 1, … on `workers` lanes until the deadline or a signal. */
async function runBatches(
  settings: FuzzSettings,
  io: Output,
): Promise<{ batches: Batch[]; signal: StopSignal | null }> {
  const { corpus, firstSeed } = settings;
  const deadline = Date.now() + settings.durationMs;
  let next = 0;
  const latch = latchSignals(io, 'stopping after the current batches (they are told too)');
  const batches: Batch[] = [];
  const lane = async () => {
    while (latch.signal === null && Date.now() < deadline) {
      const seed = firstSeed + next++;
      const report = join(corpus, `batch-${seed}.json`);
      const remaining = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
      const jobArgs = [settings.scenario, '--output', report, '--seed', String(seed)];
      jobArgs.push('--runs', String(settings.runs), '--timeout', String(remaining));
      if (settings.config !== undefined) jobArgs.push('--config', settings.config);
      // Said once the child is started and told of signals, so a signal after this line reaches it.
      const pending = runJob(jobArgs, join(corpus, `batch-${seed}.log`), report);
      io.err(`  batch seed ${seed}: running`);
      const outcome = await pending;
      const status = classify(outcome);
      const error = status === 'error' ? outcome.firstError : null;
      batches.push({ seed, status, exit_code: outcome.exitCode, report, error });
      io.err(`  batch seed ${seed}: ${status}${error ? ` (${error})` : ''}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: settings.workers }, lane));
  } finally {
    latch.release();
  }
  return { batches, signal: latch.signal };
}

/** The corpus folder, made before the first batch (the check above found it writable; a race may not). */
function makeCorpus(corpus: string): void {
  try {
    makeFolders(corpus);
  } catch (error) {
    if (error instanceof FolderError) throw inputError(`--corpus ${corpus}: ${error.message}`);
    throw error;
  }
}
