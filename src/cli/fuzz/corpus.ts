import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shellQuote } from '../../core/shell-quote.ts';
import type { TestReport } from '../../report/types.ts';
import { inputError } from '../errors.ts';
import { readJsonFile, writeJsonAtomic } from '../io.ts';
import { makeFolders } from '../mkdir.ts';
import { valueId } from './fingerprint.ts';
import { FIND_FORMAT, type FindRecord, findKey, type RunRecord, runKey } from './records.ts';
import { type RunOutcome, TRACE_PLACEHOLDER } from './run-one.ts';
import { appendRun, readRunsLog, repairRunsLog } from './runs-log.ts';
import { settingGroup, settingRecord } from './setting.ts';

export const CORPUS_FILES = {
  campaign: 'campaign.json',
  runs: 'runs.jsonl',
  summary: 'summary.json',
  finds: 'finds',
} as const;

/** A find to put into the corpus, with its files (only read when it becomes the kept one). */
interface IncomingFind {
  readonly record: FindRecord;
  readonly trace: () => unknown;
  readonly report: () => TestReport | null;
}

/**
 * A fuzzing corpus folder: `finds/<Property>.<fingerprint>/` with `trace.json` (the minimal native
 * trace), `report.json` (the run's TestReport) and `record.json` (FindRecord), the runs log, the
 * campaign's seed and the summary. Every file is written whole (temp file and rename), a find's
 * record last, and a run's log line after its finds: a kill at any point leaves complete files, a
 * run without its log line is run again on resume, and counting it again is harmless (seeds are a set).
 */
export class Corpus {
  readonly finds = new Map<string, FindRecord>();
  readonly runs: RunRecord[];
  private readonly runKeys = new Set<string>();

  private constructor(
    readonly dir: string,
    private readonly cli: string,
  ) {
    repairRunsLog(this.path(CORPUS_FILES.runs));
    this.runs = readRunsLog(this.path(CORPUS_FILES.runs));
    for (const r of this.runs) this.runKeys.add(runKey(r));
    for (const key of findFolders(dir)) {
      const record = readRecord(join(dir, CORPUS_FILES.finds, key, 'record.json'));
      if (record) this.finds.set(key, record);
    }
  }

  /** Opens (creating when missing) the corpus at `dir`; `cli` starts the commands its reports print. */
  static open(dir: string, cli: string): Corpus {
    makeFolders(join(dir, CORPUS_FILES.finds));
    return new Corpus(dir, cli);
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  hasRun(key: string): boolean {
    return this.runKeys.has(key);
  }

  /** Saves a finished run: its finds (each new, or counted), then its line in the runs log. */
  saveRun(outcome: RunOutcome, commit: string | null): { record: RunRecord; fresh: string[] } {
    const setting = settingRecord(outcome.setting);
    const settingId = valueId(setting);
    const group = settingGroup(setting);
    const placed = new Map(outcome.finds.map((f) => [f.property, findKey(f)]));
    const report = outcome.report ? this.placeReport(outcome.report, (p) => placed.get(p)) : null;
    const fresh: string[] = [];
    for (const find of outcome.finds) {
      const record: FindRecord = {
        format: FIND_FORMAT,
        version: 1,
        property: find.property,
        fingerprint: find.fingerprint,
        count: 1,
        seeds: [outcome.seed],
        run: {
          seed: outcome.seed,
          setting_id: settingId,
          group,
          setting,
          commit,
          length: find.length,
          discovery_length: find.discoveryLength,
          started_at: outcome.startedAt,
          duration_ms: outcome.durationMs,
        },
      };
      const key = findKey(find);
      const known = this.finds.has(key);
      this.putFind({ record, trace: () => find.trace, report: () => report });
      if (!known) fresh.push(key);
    }
    const run: RunRecord = {
      seed: outcome.seed,
      setting_id: settingId,
      group,
      setting,
      status: outcome.status,
      finds: outcome.finds.map((f) => ({ property: f.property, fingerprint: f.fingerprint })),
      error: outcome.error,
      states: outcome.statesExplored,
      commit,
      started_at: outcome.startedAt,
      duration_ms: outcome.durationMs,
    };
    this.addRun(run);
    return { record: run, fresh };
  }

  /** A run from another corpus (merge): appended unless this corpus has it. */
  addRun(run: RunRecord): boolean {
    const key = runKey(run);
    if (this.runKeys.has(key)) return false;
    appendRun(this.path(CORPUS_FILES.runs), run);
    this.runKeys.add(key);
    this.runs.push(run);
    return true;
  }

  /** A find of another corpus (merge), with the folder its files are in. */
  mergeFind(record: FindRecord, fromFolder: string): void {
    this.putFind({
      record,
      trace: () => JSON.parse(readFileSync(join(fromFolder, 'trace.json'), 'utf8')),
      report: () => {
        const file = join(fromFolder, 'report.json');
        if (!existsSync(file)) return null;
        const report = JSON.parse(readFileSync(file, 'utf8')) as TestReport;
        return this.placeReport(report, (_, path) => /finds\/([^/]+)\/trace\.json$/.exec(path)?.[1]);
      },
    });
  }

  /**
   * Adds a find's seeds to the one with its key. The kept trace and report are those of the
   * smallest seed; record.json is written last, so a kill before it leaves the previous record
   * (or none: the folder is then ignored, and the run, never logged, is run again).
   */
  private putFind(incoming: IncomingFind): void {
    const key = findKey(incoming.record);
    const known = this.finds.get(key);
    const seeds = [...new Set([...(known?.seeds ?? []), ...incoming.record.seeds])].sort((a, b) => a - b);
    if (known && seeds.length === known.seeds.length) return;
    const folder = join(this.dir, CORPUS_FILES.finds, key);
    const replaces = !known || incoming.record.run.seed < known.run.seed;
    if (replaces) {
      writeJsonAtomic(join(folder, 'trace.json'), incoming.trace());
      const report = incoming.report();
      if (report) writeJsonAtomic(join(folder, 'report.json'), report);
    }
    const run = replaces ? incoming.record.run : (known as FindRecord).run;
    const record: FindRecord = { ...incoming.record, count: seeds.length, seeds, run };
    writeJsonAtomic(join(folder, 'record.json'), record);
    this.finds.set(key, record);
  }

  /** Where a find's trace is, as commands printed from this directory name it. */
  tracePath(key: string): string {
    return join(this.dir, CORPUS_FILES.finds, key, 'trace.json');
  }

  /**
   * The report with each counterexample pointing at its find's trace in this corpus (`keyOf`
   * gives the find's key from the property, or from the path the report had), run from here.
   */
  private placeReport(
    report: TestReport,
    keyOf: (property: string, path: string) => string | undefined,
  ): TestReport {
    const results = report.property_results.map((p) => {
      if (p.counterexample === null) return p;
      const property = p.counterexample.startsWith(TRACE_PLACEHOLDER)
        ? p.counterexample.slice(TRACE_PLACEHOLDER.length)
        : p.name;
      const key = keyOf(property, p.counterexample);
      if (key === undefined) return p;
      const trace = this.tracePath(key);
      return { ...p, counterexample: trace, reproduce: `${this.cli} replay ${shellQuote(trace)}` };
    });
    return {
      ...report,
      property_results: results,
      metadata: { ...report.metadata, run_directory: process.cwd() },
    };
  }
}

function findFolders(dir: string): string[] {
  const finds = join(dir, CORPUS_FILES.finds);
  if (!existsSync(finds)) return [];
  return readdirSync(finds, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** A find's record, or null for a folder a kill left before its record was written. */
function readRecord(path: string): FindRecord | null {
  if (!existsSync(path)) return null;
  const record = readJsonFile(path, 'corpus find') as FindRecord;
  if (record?.format !== FIND_FORMAT)
    throw inputError(`corpus find ${path}: not a find record (format is not ${FIND_FORMAT})`);
  return record;
}
