import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSeed } from '../../src/cli/fuzz/seeds.ts';
import { BIN, REPO, runCli, runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { corpusContent, runsLog } from '../helpers/corpus.ts';

/**
 * The campaign through the CLI with the real drivers, on a config that breaks within a few
 * schedules (the guide's thresholds, a double-voting Byzantine among four, one slot): every run
 * finds and shrinks something, in about a second. test/cli/fuzz/campaign.test.ts covers shards,
 * merge and exit codes with a fast stand-in driver; test/long/cli/fuzz-campaign.test.ts the
 * drawn settings and the real shards.
 */
const BREAKING = {
  validators: 4,
  byzantine_count: 1,
  offline_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  exploration_depth: 60,
  byzantine_strategy: 'double_voting',
  fast_path_threshold: 0.67,
  slow_path_threshold: 0.51,
};

/** How long a signalled campaign may take to exit: it takes well under a second; ten times that and more. */
const STOP_BOUND_MS = 10_000;

function runsLogLines(corpus: string): number {
  const log = join(corpus, 'runs.jsonl');
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').length - 1 : 0;
}

function breakingConfig(): string {
  return writeConfig(tempDir(), 'breaking.json', BREAKING);
}

/** Starts `alpenglow fuzz` and SIGKILLs it once the runs log has `lines` lines: a phase, not a time. */
function killAfterRuns(args: readonly string[], log: string, lines: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: 'ignore' });
    const poll = setInterval(() => {
      if (!existsSync(log) || readFileSync(log, 'utf8').split('\n').length <= lines) return;
      clearInterval(poll);
      child.kill('SIGKILL');
    }, 20);
    child.on('close', (_, signal) => {
      clearInterval(poll);
      resolve(signal);
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('alpenglow fuzz', () => {
  it('survives SIGKILL mid-way: complete files, traces that replay, a rerun that resumes without repeating a seed', async () => {
    const corpus = join(tempDir(), 'corpus');
    const args = ['fuzz', '--config', breakingConfig(), '--seed', '3', '--corpus', corpus];
    const signal = await killAfterRuns([...args, '--runs', '50'], join(corpus, 'runs.jsonl'), 2);
    expect(signal).toBe('SIGKILL');
    const files = filesUnder(corpus);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    for (const f of files.filter((f) => f.endsWith('.json')))
      expect(() => JSON.parse(readFileSync(f, 'utf8')), f).not.toThrow();
    const logged = runsLog(corpus).map((r) => r.seed);
    expect(logged.length).toBeGreaterThanOrEqual(2);
    const traces = files.filter((f) => f.endsWith('trace.json'));
    expect(traces.length).toBeGreaterThan(0);
    for (const trace of traces) {
      const replay = await runInProcess(['replay', trace]);
      expect(replay.code, `${trace}\n${replay.stdout}${replay.stderr}`).toBe(1);
      expect(replay.stdout).toContain(': reproduced');
    }
    const rerun = await runInProcess([...args.filter((a) => a !== '--seed' && a !== '3'), '--runs', '1']);
    expect(rerun.code, rerun.stderr).toBe(1);
    const seeds = runsLog(corpus).map((r) => r.seed);
    expect(new Set(seeds).size).toBe(seeds.length);
    // A run the kill cut short never reached the log and is run again: the sequence has no gap.
    expect(seeds).toEqual(Array.from({ length: seeds.length }, (_, k) => runSeed(3, k)));
    expect(seeds.length).toBe(logged.length + 1);
  });

  it('makes the same corpus from the same seed with one worker', async () => {
    const config = breakingConfig();
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')];
    for (const corpus of [a, b]) {
      const r = await runInProcess([
        'fuzz',
        '--config',
        config,
        '--runs',
        '2',
        '--seed',
        '11',
        '--corpus',
        corpus,
      ]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/^UNEXPECTED \w+\.[0-9a-f]{16} in pinned\/pbt\/whitepaper/m);
      expect(r.stdout).toMatch(/^reproduce: \.\/bin\/alpenglow replay .*trace\.json$/m);
    }
    const content = corpusContent(a);
    expect(Object.keys(content.finds).length).toBeGreaterThan(0);
    expect(corpusContent(b)).toEqual(content);
    // Each find's report says how to repeat its run: run 0 of a campaign has the campaign's seed.
    const [key] = Object.keys(content.finds);
    const report = JSON.parse(readFileSync(join(a, 'finds', key as string, 'report.json'), 'utf8'));
    expect(report.reproduce).toBe(
      `./bin/alpenglow fuzz --config ${config} --mode pbt --seed ${report.seed} --runs 1 --corpus reports/fuzz-run-${report.seed}`,
    );
    expect([11, runSeed(11, 1)]).toContain(report.seed);
    const merged = join(tempDir(), 'merged');
    const m = await runInProcess(['fuzz', 'merge', '--corpus', merged, a, b]);
    // The merged corpus holds finds of a pinned config (expected to hold): its verdict is 1.
    expect(m.code, m.stderr).toBe(1);
    expect(m.stdout).toContain(`fuzz merge: 2 corpora into ${merged}: 2 runs added`);
    expect(m.stdout).toMatch(/^UNEXPECTED \w+\.[0-9a-f]{16} in pinned\/pbt\/whitepaper \(found 1×\)$/m);
    expect(corpusContent(merged)).toEqual(content);
    const summary = JSON.parse(readFileSync(join(merged, 'summary.json'), 'utf8'));
    expect(summary.by_setting['pinned/pbt/whitepaper']).toMatchObject({ runs: 2, runs_with_finds: 2 });
  });

  it.each([
    [['--mode', 'sim'], '--mode: only with --config (a drawn setting draws its driver)'],
    [['--shard', '2/2'], '--shard: needs 0 <= i < n, got "2/2"'],
    [['extra'], 'unexpected argument "extra" (fuzz takes flags, or merge DIR…)'],
    [['--seed', '4294967296'], '--seed: must be below 2^32, got 4294967296'],
  ])('refuses %j up front in one line, creating nothing', async (flags, line) => {
    const corpus = join(tempDir(), 'corpus');
    const r = await runInProcess(['fuzz', ...flags, '--runs', '1', '--corpus', corpus]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`error: ${line}`);
    expect(r.stdout).toBe('');
    expect(existsSync(corpus)).toBe(false);
  });

  it('refuses a bad config, a folder that is not a corpus, and a merge of one', async () => {
    const dir = tempDir();
    const bad = writeConfig(dir, 'bad.json', { validators: 0 });
    const corpus = join(dir, 'corpus');
    const r = await runInProcess(['fuzz', '--config', bad, '--runs', '1', '--corpus', corpus]);
    expect(r.stderr.trim()).toBe(`error: config ${bad}: validators: must be an integer >= 1, got 0`);
    expect(existsSync(corpus)).toBe(false);
    const other = join(dir, 'notes');
    mkdirSync(other);
    writeFileSync(join(other, 'todo.txt'), 'x');
    const n = await runInProcess(['fuzz', '--runs', '1', '--corpus', other]);
    expect(n.code).toBe(1);
    expect(n.stderr.trim()).toBe(
      `error: --corpus ${other}: a folder that is neither empty nor a fuzz corpus (no runs.jsonl, no finds/)`,
    );
    const m = await runInProcess(['fuzz', 'merge', '--corpus', corpus, other, join(dir, 'none')]);
    expect(m.code).toBe(1);
    expect(m.stderr.trim().split('\n')).toEqual([
      `error: corpus ${other}: neither runs.jsonl nor finds/ in it: not a fuzz corpus`,
      `error: corpus ${join(dir, 'none')}: no such folder`,
    ]);
    expect((await runInProcess(['fuzz', 'merge'])).stderr.trim()).toBe(
      'error: fuzz merge needs at least one corpus DIR to merge',
    );
    expect(existsSync(corpus)).toBe(false);
  });

  // Signalled once the runs log has 20 runs (a phase, not a guess of time), on a config whose runs
  // pass in milliseconds: a campaign of quick runs on one thread must still hear the signal (it
  // did only when a run happened to pause, up to a minute later).
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s stops the campaign with exit %i within seconds, every logged run whole',
    async (signal, code) => {
      const corpus = join(tempDir(), 'corpus');
      const args = [
        'fuzz',
        '--config',
        'configs/tiny.json',
        '--seed',
        '1',
        '--runs',
        '100000',
        '--corpus',
        corpus,
      ];
      const r = await runCli(args, {
        signalWhenReady: () => runsLogLines(corpus) >= 20,
        signal,
        killAfterSignalMs: STOP_BOUND_MS,
      });
      expect(r.code, r.stdout + r.stderr).toBe(code);
      // The campaign stops in well under a second; the bound is ten times that, so a busy machine passes.
      expect(r.exitedAtMs - (r.signalledAtMs ?? 0)).toBeLessThan(STOP_BOUND_MS);
      expect(r.stderr).toContain(
        `${signal} received: stopping; runs in progress are cut short and not logged`,
      );
      const runs = runsLog(corpus);
      expect(runs.length).toBeGreaterThanOrEqual(20);
      expect(runs.length).toBeLessThan(100000);
      const summary = JSON.parse(readFileSync(join(corpus, 'summary.json'), 'utf8'));
      expect(summary.runs).toBe(runs.length);
      expect(r.stdout).toMatch(/^summary: /m);
    },
  );

  // One pinned run of 10 schedules of 20,000 steps each (minutes of work): the signal must cut it
  // short, not wait for it. It is not logged, so a resume runs that seed again, whole.
  it('cuts a long run short on SIGINT: exit 130 within seconds, nothing half-done logged', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'long.json', {
      validators: 6,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 50,
      leader_window_size: 2,
      exploration_depth: 20_000,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    });
    const corpus = join(dir, 'corpus');
    const args = ['fuzz', '--config', config, '--seed', '1', '--runs', '1', '--corpus', corpus];
    const r = await runCli(args, {
      signalWhen: /campaign seed 1/,
      signal: 'SIGINT',
      killAfterSignalMs: STOP_BOUND_MS,
    });
    expect(r.code, r.stdout + r.stderr).toBe(130);
    expect(r.exitedAtMs - (r.signalledAtMs ?? 0)).toBeLessThan(STOP_BOUND_MS);
    expect(r.stderr).toContain('1 run cut short, not logged');
    expect(runsLog(corpus)).toEqual([]);
    expect(JSON.parse(readFileSync(join(corpus, 'summary.json'), 'utf8')).runs).toBe(0);
  });

  it('leaves at once on a second signal, mid-run, with every file whole', async () => {
    const corpus = join(tempDir(), 'corpus');
    const args = ['fuzz', '--config', breakingConfig(), '--seed', '1', '--runs', '50', '--corpus', corpus];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      // Both while the first run (which shrinks several violations, most of a second) goes on.
      if (/campaign seed 1/.test(stderr) && !child.killed) {
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGINT'), 100);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code, stderr).toBe(130);
    expect(runsLog(corpus)).toEqual([]);
    for (const f of filesUnder(corpus).filter((f) => f.endsWith('.json')))
      expect(() => JSON.parse(readFileSync(f, 'utf8')), f).not.toThrow();
  });
});
