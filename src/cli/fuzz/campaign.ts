import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Mode } from '../../../scenarios/types.ts';
import type { AlpenglowConfig } from '../../core/config/index.ts';
import { shellQuote } from '../../core/shell-quote.ts';
import { cliInvocation } from '../command-line.ts';
import { readJsonFile, writeJsonAtomic } from '../io.ts';
import { collectMetadata } from '../metadata.ts';
import type { Output } from '../output.ts';
import { latchSignals, SIGNAL_EXIT_CODES, type StopSignal } from '../signal-latch.ts';
import { stderrIsTTY } from '../worker-channel.ts';
import { CORPUS_FILES, Corpus } from './corpus.ts';
import { valueId } from './fingerprint.ts';
import { isStopped, type Lane, type LaneFactory, newStopFlag, raiseStop, workerLane } from './lanes.ts';
import { CampaignProgress } from './progress-line.ts';
import { runKey } from './records.ts';
import { runSeed, SEED_SPACE, type Shard, shardIndices } from './seeds.ts';
import { drawSetting, type FuzzSetting, pinnedSetting, settingRecord } from './setting.ts';
import { type CampaignSummary, summarize } from './summary.ts';

export interface CampaignOptions {
  readonly corpus: string;
  /** --seed; null: the corpus's campaign seed (resume), else a fresh random one. */
  readonly seed: number | null;
  readonly shard: Shard;
  /** --config (and --mode): every run on this config, none drawn. */
  readonly pinned: { readonly path: string; readonly config: AlpenglowConfig; readonly driver: Mode } | null;
  /** --runs: runs this invocation makes; null: until the duration. */
  readonly maxRuns: number | null;
  /** --duration: no run starts after it (a started run finishes); null: until maxRuns. */
  readonly durationMs: number | null;
  readonly workers: number;
}

/** The summary is rewritten every this many runs (and at the end): reading the whole log each run would be quadratic. */
const SUMMARY_EVERY_RUNS = 25;

/** What this invocation did, for its verdict and last lines. */
interface Tally {
  runs: number;
  finds: number;
  fresh: string[];
  unexpected: Set<string>;
  errors: string[];
  /** Runs a signal cut short: not logged, so a resume runs them again. */
  cut: number;
}

/**
 * A fuzzing campaign into a corpus: runs in the order of the shard's seed sequence, each run's
 * setting drawn from its seed (or pinned), runs the corpus already logged skipped (resume), every
 * run saved with its finds as it ends. A first SIGINT/SIGTERM starts no new run and cuts the
 * running ones short (they read the stop flag between steps), logging none of them: the runs log
 * holds whole runs only, and a resume redoes the cut ones. A second signal leaves at once (every
 * file is written whole either way).
 */
export async function runCampaign(
  o: CampaignOptions,
  io: Output,
  makeLane: LaneFactory = defaultLane,
): Promise<number> {
  const cli = cliInvocation();
  const corpus = Corpus.open(o.corpus, cli);
  const seed = o.seed ?? storedSeed(corpus) ?? randomInt(SEED_SPACE);
  writeJsonAtomic(corpus.path(CORPUS_FILES.campaign), {
    format: 'alpenglow-fuzz-campaign',
    version: 1,
    seed,
    shard: `${o.shard.index}/${o.shard.count}`,
    pinned: o.pinned ? { config: o.pinned.path, mode: o.pinned.driver } : null,
  });
  const metadata = collectMetadata();
  const pinFlags = o.pinned ? ` --config ${shellQuote(o.pinned.path)} --mode ${o.pinned.driver}` : '';
  const env = { metadata, cli, pinFlags };
  const stopFlag = newStopFlag();
  const lanes: Lane[] = Array.from({ length: o.workers }, () => makeLane(env, o.workers, stopFlag));
  const stop = latchSignals(
    io,
    'stopping; runs in progress are cut short and not logged (again to leave now)',
    {
      exitOnSecond: true,
      onFirst: () => raiseStop(stopFlag),
    },
  );
  const progress = new CampaignProgress(stderrIsTTY());
  const tally: Tally = { runs: 0, finds: 0, fresh: [], unexpected: new Set(), errors: [], cut: 0 };
  const next = nextRuns(o, seed, corpus);
  const deadline = o.durationMs === null ? null : performance.now() + o.durationMs;
  let started = 0;
  const more = () =>
    stop.signal === null &&
    (o.maxRuns === null || started < o.maxRuns) &&
    (deadline === null || performance.now() < deadline);
  io.err(`fuzz: campaign seed ${seed}, shard ${o.shard.index}/${o.shard.count}, corpus ${o.corpus}`);
  const lane = async (l: Lane) => {
    // Back to the event loop before each run: a run on this thread may end in microtasks alone,
    // and a signal's handler waits for a macrotask turn (it waited up to a minute of quick runs).
    for (;;) {
      await nextTurn();
      if (!more()) return;
      const run = next.next();
      if (run.done) return;
      started++;
      const outcome = await l.run(run.value.seed, run.value.setting);
      if (isStopped(stopFlag)) {
        tally.cut++;
        return;
      }
      const saved = corpus.saveRun(outcome, metadata.git_commit);
      recordOutcome(tally, saved, outcome.setting, progress, corpus, io);
      if (tally.runs % SUMMARY_EVERY_RUNS === 0) writeSummary(corpus);
    }
  };
  try {
    try {
      await Promise.all(lanes.map(lane));
    } finally {
      progress.dispose();
      await Promise.all(lanes.map((l) => l.close()));
    }
    const summary = writeSummary(corpus);
    return finish({ o, seed, summary, tally, signal: stop.signal, corpus, io });
  } finally {
    // Held to the end: a second signal while the workers close or the summary is written still
    // leaves at once with its code (released earlier, Node's default ended the process by the
    // signal, with no exit code: test/cli/fuzz.test.ts's second-signal test saw that).
    stop.release();
  }
}

/**
 * A worker thread per lane, one worker too: the run never holds the thread that hears signals,
 * and reads the stop flag between its steps. One lane runs in seed order, as this thread would.
 */
const defaultLane: LaneFactory = (env, _workers, stop) => workerLane(env, stop);

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The campaign seed a corpus was last fuzzed with: rerunning without --seed continues it. */
function storedSeed(corpus: Corpus): number | null {
  const file = corpus.path(CORPUS_FILES.campaign);
  if (!existsSync(file)) return null;
  const seed = (readJsonFile(file, 'corpus campaign') as { seed?: unknown }).seed;
  return typeof seed === 'number' && Number.isInteger(seed) ? seed : null;
}

/** The shard's runs in order, those the corpus has logged passed over: that is resuming. */
function* nextRuns(o: CampaignOptions, seed: number, corpus: Corpus) {
  for (const index of shardIndices(o.shard)) {
    const s = runSeed(seed, index);
    const setting: FuzzSetting = o.pinned ? pinnedSetting(o.pinned.config, o.pinned.driver) : drawSetting(s);
    if (corpus.hasRun(runKey({ seed: s, setting_id: valueId(settingRecord(setting)) }))) continue;
    yield { seed: s, setting };
  }
}

function recordOutcome(
  tally: Tally,
  saved: ReturnType<Corpus['saveRun']>,
  setting: FuzzSetting,
  progress: CampaignProgress,
  corpus: Corpus,
  io: Output,
): void {
  const { record, fresh } = saved;
  tally.runs++;
  tally.finds += record.finds.length;
  if (record.status === 'error') tally.errors.push(`seed ${record.seed}: ${record.error}`);
  if (setting.expect === 'hold')
    for (const f of record.finds) tally.unexpected.add(`${f.property}.${f.fingerprint}`);
  for (const key of fresh) {
    tally.fresh.push(key);
    progress.clear();
    const find = corpus.finds.get(key);
    io.err(`  new find ${key} (${find?.run.length} steps, ${record.group}, seed ${record.seed})`);
  }
  if (record.status === 'error') {
    progress.clear();
    io.err(`  run seed ${record.seed} failed: ${record.error}`);
  }
  progress.update({ runs: tally.runs, finds: tally.finds, unique: corpus.finds.size });
}

function writeSummary(corpus: Corpus): CampaignSummary {
  const summary = summarize(corpus.runs, corpus.finds);
  writeJsonAtomic(corpus.path(CORPUS_FILES.summary), summary);
  return summary;
}

/**
 * The last lines and the exit code: a signal's code first (130 / 143), then 1 when a run failed,
 * found a violation in a setting expected to hold, or the canary has run without finding
 * anything; else 0. Finds in settings expected to break are kept and counted, not failures.
 */
function finish(f: {
  o: CampaignOptions;
  seed: number;
  summary: CampaignSummary;
  tally: Tally;
  signal: StopSignal | null;
  corpus: Corpus;
  io: Output;
}): number {
  const { o, summary, tally, corpus, io } = f;
  io.out(
    `fuzz: ${tally.runs} runs (campaign seed ${f.seed}, shard ${o.shard.index}/${o.shard.count}), ${tally.finds} finds, ${tally.fresh.length} new; corpus ${o.corpus}: ${summary.runs} runs, ${summary.unique_finds} unique finds`,
  );
  const { canary } = summary;
  io.out(
    canary.runs === 0
      ? 'canary: not drawn yet (one run in 8 of a drawn campaign)'
      : `canary: ${canary.runs_with_finds} of ${canary.runs} runs found a violation${canary.silent ? ' — CANARY SILENT: the campaign would not find a known bug' : ''}`,
  );
  if (tally.cut > 0)
    io.err(
      `${tally.cut} run${tally.cut === 1 ? '' : 's'} cut short, not logged (a resume runs ${tally.cut === 1 ? 'it' : 'them'} again)`,
    );
  for (const line of tally.errors) io.out(`error in run ${line}`);
  for (const key of [...tally.unexpected].sort()) {
    const find = corpus.finds.get(key);
    io.out(`UNEXPECTED ${key} in ${find?.run.group} (found ${find?.count}×)`);
    io.out(`reproduce: ${cliInvocation()} replay ${shellQuote(corpus.tracePath(key))}`);
  }
  io.out(`summary: ${corpus.path(CORPUS_FILES.summary)}`);
  if (f.signal) return SIGNAL_EXIT_CODES[f.signal];
  return tally.errors.length > 0 || tally.unexpected.size > 0 || canary.silent ? 1 : 0;
}
