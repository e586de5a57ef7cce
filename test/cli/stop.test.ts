import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeConfig } from '../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

/**
 * Deadlines and signals hold in every phase (issue 10). The bounds below are generous (several
 * times what an idle 2-core machine needs, see the closing note) so that a busy machine passes:
 * the defects they guard against took minutes, not seconds.
 */
describe('--timeout and signals stop every phase', () => {
  const dir = tempDir();

  it('--timeout 2 ends a 30-validator run whose single run would take hours, with a schema-valid report', async () => {
    // One step of this config enumerates ~126,000 Byzantine sends (6 Byzantine × 1,000 slots ×
    // 21 correct recipients) and a run has up to 100,000 steps: the stop flag must be polled
    // inside a run, and fast-check must not go on generating the 10^8 inputs of --runs.
    const config = writeConfig(dir, 'thirty.json', {
      validators: 30,
      byzantine_count: 6,
      offline_count: 3,
      max_rounds: 1000,
      exploration_depth: 100000,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    });
    const output = join(dir, 'thirty.report.json');
    const started = performance.now();
    const r = await runCli([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--timeout',
      '2',
      '--runs',
      '100000000',
      '--seed',
      '1',
    ]);
    expect(r.code, r.stderr).toBe(124);
    expect(r.exitedAtMs - started).toBeLessThan(30_000);
    const report = readReport(output) as {
      metrics: { timeouts: number };
      interrupted: boolean;
      success: boolean;
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.metrics.timeouts).toBe(1);
    expect(report.interrupted).toBe(true);
    expect(report.success).toBe(false);
  });

  it('SIGINT while shrinking exits 130 at once, with the report and the discovery trace written', async () => {
    const config = writeConfig(dir, 'guide.json', {
      validators: 5,
      byzantine_count: 1,
      offline_count: 1,
      max_rounds: 10,
      leader_window_size: 4,
      exploration_depth: 1000,
      fast_path_threshold: 0.67,
      slow_path_threshold: 0.51,
    });
    const output = join(dir, 'shrink.report.json');
    const args = [
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--runs',
      '120',
      '--depth',
      '400',
      '--seed',
      '7',
    ];
    const r = await runCli([...args, '--verbose'], { signalWhen: /shrinking \w+/ });
    expect(r.code, r.stderr).toBe(130);
    expect(r.signalledAtMs).not.toBeNull();
    // Issue 10 asks for 1 s; 3× that for a loaded machine.
    expect(r.exitedAtMs - (r.signalledAtMs as number)).toBeLessThan(3_000);
    const report = readReport(output) as {
      interrupted: boolean;
      property_results: { passed: boolean | null; counterexample: string | null }[];
      extra?: Record<string, unknown>;
    };
    expect(report.extra?.stopped_without_stop_point).toBeUndefined();
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.interrupted).toBe(true);
    const violated = report.property_results.filter((p) => p.passed === false);
    expect(violated.length).toBeGreaterThan(0);
    for (const p of violated) expect(existsSync(p.counterexample as string)).toBe(true);
    // What was saved replays to its violation (exit 1 = reproduced).
    const replay = await runCli(['replay', violated[0]?.counterexample as string]);
    expect(replay.code, replay.stdout + replay.stderr).toBe(1);
  });

  it('SIGINT during exhaustive search exits 130 at once with the report written', async () => {
    const config = writeConfig(dir, 'explore.json', {
      validators: 5,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 2,
      byzantine_strategy: 'equivocating_leader',
    });
    const output = join(dir, 'explore.report.json');
    const r = await runCli(
      ['safety_properties', '--config', config, '--output', output, '--mode', 'exhaustive', '--verbose'],
      { signalWhen: /depth 4,/ },
    );
    expect(r.code, r.stderr).toBe(130);
    expect(r.exitedAtMs - (r.signalledAtMs as number)).toBeLessThan(3_000);
    const report = readReport(output) as {
      interrupted: boolean;
      mode: string;
      states_explored: number;
      extra?: Record<string, unknown>;
    };
    expect(report.extra?.stopped_without_stop_point).toBeUndefined();
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.interrupted).toBe(true);
    expect(report.mode).toBe('exhaustive');
    expect(report.states_explored).toBeGreaterThan(1000);
  });

  it('SIGTERM exits 143', async () => {
    const config = writeConfig(dir, 'term.json', { validators: 6, byzantine_count: 1, max_rounds: 2 });
    const output = join(dir, 'term.report.json');
    const r = await runCli(
      ['safety_properties', '--config', config, '--output', output, '--runs', '100000', '--verbose'],
      { signalWhen: /search: 100\//, signal: 'SIGTERM' },
    );
    expect(r.code, r.stderr).toBe(143);
    const report = readReport(output) as { runs: number; extra?: Record<string, unknown> };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.runs).toBeGreaterThanOrEqual(100);
    expect(report.extra?.stopped_without_stop_point).toBeUndefined();
  });
});
