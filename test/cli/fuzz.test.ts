import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeConfig } from '../helpers/cli.ts';

describe('alpenglow fuzz', () => {
  it('runs seeded batches until the duration and keeps every counterexample in the corpus', async () => {
    const corpus = join(tempDir(), 'corpus');
    const r = await runCli([
      'fuzz',
      '--config',
      'configs/guide-thresholds-equivocation.json',
      '--duration',
      '4',
      '--workers',
      '1',
      '--runs',
      '150',
      '--seed',
      '7',
      '--corpus',
      corpus,
    ]);
    expect(r.code, r.stderr).toBe(1);
    const summary = JSON.parse(readFileSync(join(corpus, 'fuzz-summary.json'), 'utf8'));
    expect(summary.batches[0].seed).toBe(7);
    expect(summary.batches.every((b: { seed: number }, i: number) => b.seed === 7 + i)).toBe(true);
    expect(summary.traces.length).toBeGreaterThan(0);
    for (const t of summary.traces) expect(existsSync(join(corpus, t))).toBe(true);
    expect(r.stdout).toContain('reproduce: alpenglow replay');
  });

  it('refuses a bad config or scenario once, before starting any batch', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    const bad = writeConfig(dir, 'bad.json', { validators: 0 });
    const r = await runCli(['fuzz', '--config', bad, '--duration', '30', '--corpus', corpus]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`error: config ${bad}: validators: must be an integer >= 1, got 0`);
    const s = await runCli(['fuzz', '--scenario', 'nope', '--duration', '30', '--corpus', corpus]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('--scenario: unknown scenario "nope"');
    expect(existsSync(corpus)).toBe(false);
  });
});
