import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, type CliResult, REPO, runCli, runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';

/**
 * Runs `alpenglow fuzz` and sends SIGINT once `done()` holds (polled), so how many batches run is
 * decided by events, not by how fast the machine gets through a `--duration`.
 */
function fuzzUntil(args: readonly string[], done: () => boolean): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const poll = setInterval(() => {
      if (!done()) return;
      clearInterval(poll);
      child.kill('SIGINT');
    }, 50);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('alpenglow fuzz', () => {
  it('runs seeded batches until stopped and keeps every counterexample in the corpus', async () => {
    const corpus = join(tempDir(), 'corpus');
    // A --duration far beyond what the batches need (the first batch's --timeout is what is left
    // of it); SIGINT once the second batch has started, i.e. the first one is complete.
    const r = await fuzzUntil(
      [
        'fuzz',
        '--config',
        'configs/guide-thresholds-equivocation.json',
        '--duration',
        '600',
        '--workers',
        '1',
        // 3 runs a batch: seed 7's batch already finds two violations (150 took 6 s of CPU).
        '--runs',
        '3',
        '--seed',
        '7',
        '--corpus',
        corpus,
      ],
      () => existsSync(join(corpus, 'batch-8.log')),
    );
    // Stopped by SIGINT: 130 even though batch 7 found violations (a signal's code wins, as for
    // a scenario alone); the summary still says what was found.
    expect(r.code, r.stderr).toBe(130);
    expect(r.signal).toBeNull();
    const summary = JSON.parse(readFileSync(join(corpus, 'fuzz-summary.json'), 'utf8'));
    expect(summary.status).toBe('interrupted');
    expect(summary.batches[0]).toMatchObject({ seed: 7, status: 'violation' });
    expect(summary.batches.every((b: { seed: number }, i: number) => b.seed === 7 + i)).toBe(true);
    expect(summary.traces.length).toBeGreaterThan(0);
    for (const t of summary.traces) expect(existsSync(join(corpus, t))).toBe(true);
    expect(r.stdout).toContain('reproduce: ./bin/alpenglow replay');
  });

  it('refuses a bad config or scenario once, before starting any batch', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    const bad = writeConfig(dir, 'bad.json', { validators: 0 });
    const r = await runInProcess(['fuzz', '--config', bad, '--duration', '30', '--corpus', corpus]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`error: config ${bad}: validators: must be an integer >= 1, got 0`);
    const s = await runInProcess(['fuzz', '--scenario', 'nope', '--duration', '30', '--corpus', corpus]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('--scenario: unknown scenario "nope"');
    expect(existsSync(corpus)).toBe(false);
  });

  it.each([
    [
      ['--scenario', 'safety_propertes'],
      /^error: --scenario: unknown scenario "safety_propertes" \(did you mean safety_properties\?\)$/,
    ],
    [['extra'], /^error: unexpected argument "extra" \(fuzz takes flags only\)$/],
  ])('refuses %j up front in one line, creating nothing', async (flags, line) => {
    const corpus = join(tempDir(), 'corpus');
    const r = await runInProcess(['fuzz', ...flags, '--duration', '3', '--corpus', corpus]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(line);
    expect(r.stdout).toBe('');
    expect(existsSync(corpus)).toBe(false);
  });

  it('reports a batch that fails without a report as an error, not a violation', async () => {
    const corpus = join(tempDir(), 'corpus');
    // Batch 7's --output is a folder: that batch exits 1 with no report, as a crash would.
    mkdirSync(join(corpus, 'batch-7.json'), { recursive: true });
    const r = await runInProcess([
      'fuzz',
      '--config',
      'configs/tiny.json',
      '--duration',
      '1',
      '--workers',
      '1',
      '--runs',
      '1',
      '--seed',
      '7',
      '--corpus',
      corpus,
    ]);
    expect(r.code, r.stderr).toBe(1);
    const summary = JSON.parse(readFileSync(join(corpus, 'fuzz-summary.json'), 'utf8'));
    expect(summary.batches[0]).toMatchObject({ seed: 7, status: 'error' });
    expect(summary.batches.some((b: { status: string }) => b.status === 'violation')).toBe(false);
    expect(summary.status).toBe('error');
    expect(summary.exit_code).toBe(1);
    expect(r.stderr).toMatch(/batch seed 7: error \(--output .*batch-7\.json: is a folder, not a file\)/);
    expect(r.stdout).not.toMatch(/violation/);
  });

  // Signalled once the first batch has been started (a phase, not a guess of time).
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s stops fuzzing with exit %i and still writes the summary', async (signal, code) => {
    const corpus = join(tempDir(), 'corpus');
    const r = await runCli(
      ['fuzz', '--config', 'configs/tiny.json', '--duration', '100', '--seed', '1', '--corpus', corpus],
      { signalWhen: /batch seed \d+: running/, signal },
    );
    expect(r.code, r.stdout + r.stderr).toBe(code);
    const summary = JSON.parse(readFileSync(join(corpus, 'fuzz-summary.json'), 'utf8'));
    expect(summary.status).toBe('interrupted');
    expect(summary.exit_code).toBe(code);
    expect(r.stdout).toMatch(/interrupted/);
  });
});
