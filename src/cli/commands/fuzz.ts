import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MODES, type Mode } from '../../../scenarios/types.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { cliInvocation } from '../command-line.ts';
import { loadConfig } from '../config-file.ts';
import { inputError } from '../errors.ts';
import { type CampaignOptions, runCampaign } from '../fuzz/campaign.ts';
import { CORPUS_FILES } from '../fuzz/corpus.ts';
import { mergeCorpora } from '../fuzz/merge.ts';
import { parseShard, type Shard, WHOLE } from '../fuzz/seeds.ts';
import { CANARY_ONE_IN } from '../fuzz/setting.ts';
import { flagTable } from '../help.ts';
import { folderTargetProblems } from '../io.ts';
import type { Output } from '../output.ts';

export const FUZZ_FLAGS: readonly FlagSpec[] = [
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'pin every run to this config (default: each run draws its own setting)',
  },
  {
    name: 'mode',
    type: 'string',
    value: 'pbt|sim|exhaustive',
    description: 'with --config: the driver of every run (default pbt)',
  },
  {
    name: 'duration',
    type: 'int',
    min: 1,
    value: 'SEC',
    description: 'start no run after SEC seconds (default 600 without --runs)',
  },
  {
    name: 'runs',
    type: 'int',
    min: 1,
    value: 'N',
    description: 'stop after N runs (default: until --duration)',
  },
  {
    name: 'workers',
    type: 'int',
    min: 1,
    value: 'N',
    description: 'runs in parallel, one thread each (default 1)',
  },
  {
    name: 'corpus',
    type: 'string',
    value: 'DIR',
    description: 'the corpus: finds, runs log, summary (default reports/corpus)',
  },
  {
    name: 'seed',
    type: 'int',
    value: 'N',
    description: "campaign seed (default: the corpus's, to resume; else random)",
  },
  { name: 'shard', type: 'string', value: 'i/n', description: 'run only shard i of n of the seed sequence' },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export const FUZZ_MERGE_FLAGS: readonly FlagSpec[] = [
  {
    name: 'corpus',
    type: 'string',
    value: 'OUT',
    description: 'the corpus merged into (default reports/corpus)',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export function fuzzHelp(): string {
  return `alpenglow fuzz — a fuzzing campaign: run after run, each with its own seed and setting
alpenglow fuzz merge [--corpus OUT] DIR… — merge corpora and runs logs of several machines

Each run draws its whole setting from its seed (swarm testing): validators and stakes,
thresholds (the paper's 0.8/0.6 with Byzantine stake below 20%, the guide's 0.67/0.51, weaker
ones), Byzantine strategy and count, crashes and partitions, protocol variant, leader schedule,
driver (random schedules, timed simulation, bounded exhaustive search) and a budget of counts;
one run in ${CANARY_ONE_IN} is the canary, a setting known to break. --config pins the config instead.

Every violation is shrunk and kept once per (property, fingerprint of the minimal trace) in
DIR/finds/<Property>.<fingerprint>/ (trace.json, report.json, record.json with the seeds that
found it and their count); every run is a line of DIR/runs.jsonl; DIR/summary.json counts runs
and finds by setting. Every file is written whole, so a kill loses at most the runs in progress.
Rerunning on the same corpus resumes the seed sequence; --shard i/n runs every n-th seed, so n
machines never repeat each other, and \`fuzz merge\` joins their corpora.

Exit 1 when a run found a violation in a setting expected to hold (the paper's assumptions, or
any --config), a run failed, or the canary ran and found nothing; 130 / 143 on SIGINT / SIGTERM
(the runs in progress are cut short and not logged, so a resume redoes them; a second signal
leaves at once); 0 otherwise.

flags:
${flagTable(FUZZ_FLAGS)}

merge flags:
${flagTable(FUZZ_MERGE_FLAGS)}`;
}

export async function fuzzCommand(argv: readonly string[], io: Output): Promise<number> {
  if (argv[0] === 'merge') return fuzzMergeCommand(argv.slice(1), io);
  const args = parseArgs(argv, FUZZ_FLAGS);
  if (args.flags.help) {
    io.out(fuzzHelp());
    return 0;
  }
  return runCampaign(campaignOptions(args), io);
}

/** The flags, checked all at once: one line per problem, nothing created when any is wrong. */
function campaignOptions(args: ReturnType<typeof parseArgs>): CampaignOptions {
  const problems = [...args.problems];
  const flags = args.flags as Record<string, string | number | boolean | undefined>;
  if (args.positionals.length > 0)
    problems.push(`unexpected argument "${args.positionals[0]}" (fuzz takes flags, or merge DIR…)`);
  const corpus = (flags.corpus as string | undefined) ?? join('reports', 'corpus');
  problems.push(...corpusProblems(corpus, '--corpus'));
  const shard = flags.shard === undefined ? WHOLE : parseShard(flags.shard as string);
  if (typeof shard === 'string') problems.push(shard);
  const mode = flags.mode as string | undefined;
  if (mode !== undefined && !MODES.includes(mode as Mode))
    problems.push(`--mode: must be one of ${MODES.join(', ')}, got "${mode}"`);
  if (mode !== undefined && flags.config === undefined)
    problems.push('--mode: only with --config (a drawn setting draws its driver)');
  if (typeof flags.seed === 'number' && flags.seed >= 2 ** 32)
    problems.push(`--seed: must be below 2^32, got ${flags.seed}`);
  if (problems.length > 0) throw inputError(...problems);
  const path = flags.config as string | undefined;
  const runs = (flags.runs as number | undefined) ?? null;
  const duration = (flags.duration as number | undefined) ?? (runs === null ? 600 : null);
  return {
    corpus,
    seed: (flags.seed as number | undefined) ?? null,
    shard: shard as Shard,
    // Checked once here: a bad config would otherwise fail every run.
    pinned: path === undefined ? null : { path, config: loadConfig(path), driver: (mode ?? 'pbt') as Mode },
    maxRuns: runs,
    durationMs: duration === null ? null : duration * 1000,
    workers: (flags.workers as number | undefined) ?? 1,
  };
}

/**
 * A folder that can hold a corpus: writable, and either absent, empty or a corpus already (a
 * campaign pointed at the wrong folder must not fill it with finds).
 */
function corpusProblems(dir: string, what: string): string[] {
  const problems = folderTargetProblems(dir, what);
  if (problems.length > 0 || !existsSync(dir) || !statSync(dir).isDirectory()) return problems;
  const entries = readdirSync(dir);
  const ours: readonly string[] = Object.values(CORPUS_FILES);
  if (entries.length === 0 || entries.some((e) => ours.includes(e))) return [];
  return [
    `${what} ${dir}: a folder that is neither empty nor a fuzz corpus (no ${CORPUS_FILES.runs}, no ${CORPUS_FILES.finds}/)`,
  ];
}

function fuzzMergeCommand(argv: readonly string[], io: Output): number {
  const args = parseArgs(argv, FUZZ_MERGE_FLAGS);
  if (args.flags.help) {
    io.out(fuzzHelp());
    return 0;
  }
  const problems = [...args.problems];
  if (args.positionals.length === 0) problems.push('fuzz merge needs at least one corpus DIR to merge');
  const out = (args.flags.corpus as string | undefined) ?? join('reports', 'corpus');
  problems.push(...corpusProblems(out, '--corpus'));
  if (problems.length > 0) throw inputError(...problems);
  return mergeCorpora(out, args.positionals, cliInvocation(), io);
}
