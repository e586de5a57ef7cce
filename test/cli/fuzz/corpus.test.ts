import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../src/cli/fuzz/corpus.ts';
import { readRunsLog } from '../../../src/cli/fuzz/runs-log.ts';
import { pinnedSetting } from '../../../src/cli/fuzz/setting.ts';
import { DEFAULT_CONFIG } from '../../../src/core/config/index.ts';
import { tempDir } from '../../helpers/cli.ts';
import { fakeOutcome } from '../../helpers/fuzz.ts';

const setting = pinnedSetting({ ...DEFAULT_CONFIG, validators: 4 }, 'pbt');

function findFolders(dir: string): string[] {
  return readdirSync(join(dir, 'finds')).sort();
}

describe('the fuzz corpus', () => {
  it('stores the same violation found twice once, with a count of 2', () => {
    const dir = join(tempDir(), 'corpus');
    const corpus = Corpus.open(dir, './bin/alpenglow');
    corpus.saveRun(fakeOutcome(40, setting, 0), 'abc');
    const second = corpus.saveRun(fakeOutcome(12, setting, 0), 'abc');
    expect(second.fresh).toEqual([]);
    const folders = findFolders(dir);
    expect(folders).toHaveLength(1);
    const record = JSON.parse(readFileSync(join(dir, 'finds', folders[0] as string, 'record.json'), 'utf8'));
    expect(record).toMatchObject({ property: 'NotarizationUniqueness', count: 2, seeds: [12, 40] });
    // The kept trace is the smallest seed's, whichever run finished first.
    expect(record.run).toMatchObject({ seed: 12, commit: 'abc', length: 1, discovery_length: 9 });
    const trace = JSON.parse(readFileSync(join(dir, 'finds', folders[0] as string, 'trace.json'), 'utf8'));
    expect(trace.seed).toBe(12);
  });

  it('keeps another trace of the same property apart', () => {
    const dir = join(tempDir(), 'corpus');
    const corpus = Corpus.open(dir, './bin/alpenglow');
    corpus.saveRun(fakeOutcome(1, setting, 0), null);
    const other = corpus.saveRun(fakeOutcome(2, setting, 1), null);
    expect(other.fresh).toHaveLength(1);
    expect(findFolders(dir)).toHaveLength(2);
  });

  it('logs every run, passing or not, and reads the log back on reopening (resume)', () => {
    const dir = join(tempDir(), 'corpus');
    const corpus = Corpus.open(dir, './bin/alpenglow');
    corpus.saveRun(fakeOutcome(1, setting, null), null);
    corpus.saveRun(fakeOutcome(2, setting, 0), null);
    const again = Corpus.open(dir, './bin/alpenglow');
    expect(again.runs.map((r) => [r.seed, r.status])).toEqual([
      [1, 'pass'],
      [2, 'violation'],
    ]);
    expect(again.finds.size).toBe(1);
    expect(again.hasRun(`1/${again.runs[0]?.setting_id}`)).toBe(true);
  });

  it('counts a run found again in the same run (after a kill, or a merge) once', () => {
    const dir = join(tempDir(), 'corpus');
    const corpus = Corpus.open(dir, './bin/alpenglow');
    corpus.saveRun(fakeOutcome(5, setting, 0), null);
    const reopened = Corpus.open(dir, './bin/alpenglow');
    reopened.saveRun(fakeOutcome(5, setting, 0), null);
    expect([...reopened.finds.values()][0]?.count).toBe(1);
  });

  it('drops a half-written last line of the runs log and ignores a find folder without its record', () => {
    const dir = join(tempDir(), 'corpus');
    const corpus = Corpus.open(dir, './bin/alpenglow');
    corpus.saveRun(fakeOutcome(1, setting, null), null);
    const log = join(dir, 'runs.jsonl');
    writeFileSync(log, `${readFileSync(log, 'utf8')}{"seed": 2, "setti`);
    mkdirSync(join(dir, 'finds', 'WindowChain.0000000000000000'));
    writeFileSync(join(dir, 'finds', 'WindowChain.0000000000000000', 'trace.json'), '{}');
    const reopened = Corpus.open(dir, './bin/alpenglow');
    expect(reopened.runs.map((r) => r.seed)).toEqual([1]);
    expect(readFileSync(log, 'utf8').endsWith('}\n')).toBe(true);
    expect(readRunsLog(log)).toHaveLength(1);
    expect(reopened.finds.size).toBe(0);
  });

  it('points a report at the trace of each find in the corpus', () => {
    const dir = join(tempDir(), 'corpus');
    const corpus = Corpus.open(dir, './bin/alpenglow');
    const outcome = fakeOutcome(3, setting, 0);
    const report = {
      property_results: [
        { name: 'NotarizationUniqueness', counterexample: 'trace:NotarizationUniqueness', reproduce: 'x' },
        { name: 'WindowChain', counterexample: null, reproduce: null },
      ],
      metadata: { git_commit: null },
    };
    corpus.saveRun({ ...outcome, report: report as never }, null);
    const [key] = findFolders(dir);
    const saved = JSON.parse(readFileSync(join(dir, 'finds', key as string, 'report.json'), 'utf8'));
    const trace = join(dir, 'finds', key as string, 'trace.json');
    expect(saved.property_results[0]).toMatchObject({
      counterexample: trace,
      reproduce: `./bin/alpenglow replay ${trace}`,
    });
    expect(existsSync(saved.property_results[0].counterexample)).toBe(true);
    expect(saved.property_results[1].counterexample).toBeNull();
    expect(saved.metadata.run_directory).toBe(process.cwd());
  });

  it('refuses a corpus whose runs log or find record is damaged, in one line naming the file', () => {
    const dir = join(tempDir(), 'corpus');
    Corpus.open(dir, './bin/alpenglow').saveRun(fakeOutcome(1, setting, 0), null);
    const log = join(dir, 'runs.jsonl');
    writeFileSync(log, `not json\n${readFileSync(log, 'utf8')}`);
    expect(() => Corpus.open(dir, './bin/alpenglow')).toThrow(
      expect.objectContaining({ problems: [`corpus runs log ${log}: line 1 is not valid JSON`] }),
    );
    writeFileSync(log, '');
    const [key] = findFolders(dir);
    const record = join(dir, 'finds', key as string, 'record.json');
    writeFileSync(record, '{"format": "other"}');
    expect(() => Corpus.open(dir, './bin/alpenglow')).toThrow(
      expect.objectContaining({
        problems: [`corpus find ${record}: not a find record (format is not alpenglow-fuzz-find)`],
      }),
    );
  });
});
