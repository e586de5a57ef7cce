import { randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_NAMES } from '../../../scenarios/types.ts';
import { shellQuote } from '../../core/shell-quote.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { cliInvocation } from '../command-line.ts';
import { loadConfig } from '../config-file.ts';
import { inputError } from '../errors.ts';
import { flagTable } from '../help.ts';
import { folderTargetProblems, writeJsonAtomic } from '../io.ts';
import { FolderError, makeFolders } from '../mkdir.ts';
import type { Output } from '../output.ts';
import { runJob } from '../verify/run-job.ts';

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
nothing already found. fuzz-summary.json lists the batches. Exit 1 when any batch found a
violation, 0 otherwise.

flags:
${flagTable(FUZZ_FLAGS)}`;
}

export async function fuzzCommand(argv: readonly string[], io: Output): Promise<number> {
  const args = parseArgs(argv, FUZZ_FLAGS);
  if (args.flags.help) {
    io.out(fuzzHelp());
    return 0;
  }
  const corpus = (args.flags.corpus as string | undefined) ?? join('reports', 'corpus');
  args.problems.push(...folderTargetProblems(corpus, '--corpus'));
  const scenario = (args.flags.scenario as string | undefined) ?? 'safety_properties';
  if (!(SCENARIO_NAMES as readonly string[]).includes(scenario))
    args.problems.push(`--scenario: unknown scenario "${scenario}" (known: ${SCENARIO_NAMES.join(', ')})`);
  if (args.problems.length > 0) throw inputError(...args.problems);
  // Checked once here: a bad config would otherwise fail every batch until --duration runs out.
  if (typeof args.flags.config === 'string') loadConfig(args.flags.config);
  const durationMs = ((args.flags.duration as number | undefined) ?? 600) * 1000;
  const workers = (args.flags.workers as number | undefined) ?? 2; // --workers is at least 1
  const runs = (args.flags.runs as number | undefined) ?? 500;
  const firstSeed = (args.flags.seed as number | undefined) ?? randomInt(2 ** 30);
  makeCorpus(corpus);
  const deadline = Date.now() + durationMs;
  let next = 0;
  let stop = false;
  const onSignal = () => {
    stop = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const batches: { seed: number; status: string; exit_code: number; report: string }[] = [];
  const worker = async () => {
    while (!stop && Date.now() < deadline) {
      const seed = firstSeed + next++;
      const report = join(corpus, `batch-${seed}.json`);
      const remaining = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
      const jobArgs = [
        scenario,
        '--output',
        report,
        '--seed',
        String(seed),
        '--runs',
        String(runs),
        '--timeout',
        String(remaining),
      ];
      if (args.flags.config) jobArgs.push('--config', args.flags.config as string);
      const outcome = await runJob(jobArgs, join(corpus, `batch-${seed}.log`), report);
      batches.push({ seed, status: outcome.status, exit_code: outcome.exitCode, report });
      io.err(`  batch seed ${seed}: ${outcome.status}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const traces = readdirSync(corpus)
    .filter((f) => f.endsWith('.trace.json'))
    .sort();
  writeJsonAtomic(join(corpus, 'fuzz-summary.json'), { scenario, first_seed: firstSeed, batches, traces });
  io.out(
    `fuzz: ${batches.length} batches (seeds ${firstSeed}…${firstSeed + batches.length - 1}), ${traces.length} traces in ${corpus}`,
  );
  const cli = cliInvocation();
  for (const t of traces) io.out(`reproduce: ${cli} replay ${shellQuote(join(corpus, t))}`);
  return batches.some((b) => b.status === 'violation') ? 1 : 0;
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
