import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runCli, runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

const WHITEPAPER = { fast_path_threshold: 0.8, slow_path_threshold: 0.6 };

/**
 * The runs that exit 0, 1, 124 and 130 are real processes (bin/alpenglow, the scenario in its
 * worker thread, the deadline and the signal handled by the main thread); the refusals, the
 * replay and the flag forms go through the same entry in this process (runInProcess).
 */
describe('exit codes and reports of the CLI', () => {
  const dir = tempDir();

  it('exits 0 with a schema-valid report when every property holds', async () => {
    const config = writeConfig(dir, 'ok.json', {
      ...WHITEPAPER,
      validators: 6,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 2,
    });
    const output = join(dir, 'ok', 'report.json'); // parent folder does not exist yet
    const r = await runCli([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--runs',
      '10',
      '--seed',
      '5',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const report = readReport(output);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.success).toBe(true);
    expect(r.stdout).toContain('seed: 5');
  });

  it('exits 1 on a violation, saves the shrunk trace first, and replay reproduces it', async () => {
    const config = writeConfig(dir, 'weak.json', {
      validators: 5,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 2,
      byzantine_strategy: 'equivocating_leader',
    });
    const output = join(dir, 'weak.json.out');
    const r = await runCli([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      // 3 runs find two violations (at 300 the search and the shrinking of eight took 8 s of CPU).
      '--runs',
      '3',
      '--seed',
      '3',
      '--depth',
      '400',
    ]);
    expect(r.code, r.stderr).toBe(1);
    const report = readReport(output) as {
      property_results: { passed: boolean; counterexample: string | null }[];
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    const failed = report.property_results.filter((p) => p.passed === false);
    expect(failed.length).toBeGreaterThan(0);
    const trace = failed[0]?.counterexample as string;
    expect(existsSync(trace)).toBe(true);
    expect(r.stdout).toContain(`reproduce: ./bin/alpenglow replay ${trace}`);
    expect(r.stdout).toContain('seed: 3');
    const replay = await runInProcess(['replay', trace]);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('reproduced');
  });

  it('exits 124 when --timeout runs out first, with metrics.timeouts >= 1', async () => {
    const config = writeConfig(dir, 'large.json', {
      ...WHITEPAPER,
      validators: 10,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 8,
    });
    const output = join(dir, 'large.report.json');
    const r = await runCli([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--timeout',
      '1',
      '--runs',
      '100000',
    ]);
    expect(r.code, r.stderr).toBe(124);
    const report = readReport(output) as { metrics: { timeouts: number }; success: boolean };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.metrics.timeouts).toBeGreaterThanOrEqual(1);
    expect(report.success).toBe(false);
  });

  it('stops cleanly on SIGINT and still writes a schema-valid report', async () => {
    // A small config that holds: its first 100 runs cost a second, not four.
    const config = writeConfig(dir, 'sigint.json', {
      ...WHITEPAPER,
      validators: 4,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 1,
    });
    const output = join(dir, 'sigint.report.json');
    // Signalled once 100 runs are done (a phase, not a guess of how fast this machine is).
    const r = await runCli(
      ['safety_properties', '--config', config, '--output', output, '--runs', '100000', '--verbose'],
      { signalWhen: /search: 100\/100000 runs/ },
    );
    expect(r.code).toBe(130);
    const report = readReport(output) as { interrupted: boolean; runs: number };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.interrupted).toBe(true);
    expect(report.runs).toBeGreaterThanOrEqual(100);
  });

  it('rejects unknown flags with a hint and accepts --flag=value and --external_stateright', async () => {
    const bad = await runInProcess(['safety_properties', '--seeed', '3']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--seeed: unknown flag (did you mean --seed?)');
    const config = writeConfig(dir, 'tiny.json', {
      ...WHITEPAPER,
      validators: 4,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 1,
    });
    const output = join(dir, 'tiny.report.json');
    const ok = await runInProcess([
      'safety_properties',
      `--config=${config}`,
      `--output=${output}`,
      '--runs=5',
      '--external_stateright',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('--external_stateright: ignored');
    expect(JSON.parse(readFileSync(output, 'utf8')).runs).toBe(5);
  });

  it('refuses an unusable --output before running, in one line without a stack trace', async () => {
    const r = await runInProcess(['safety_properties', '--output', dir, '--runs', '5']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`error: --output ${dir}: is a folder, not a file`);
    expect(r.stdout).toBe('');
  });

  it('prints help for every command', async () => {
    // One real process for the binary; the other forms in-process through main (same dispatch,
    // without a Node start each).
    const spawned = await runCli(['--help']);
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toMatch(/usage/);
    for (const args of [
      ['safety_properties', '--help'],
      ['safety_properties', '-h'],
      ['help', 'verify'],
      ['replay', '--help'],
      ['verify', '--help'],
      ['fuzz', '--help'],
      ['report', '--help'],
    ]) {
      const out: string[] = [];
      const code = await main(args, { out: (l) => out.push(l), err: (l) => out.push(l) });
      expect(code, args.join(' ')).toBe(0);
      expect(out.join('\n'), args.join(' ')).toMatch(/usage|flags/);
    }
  });
});
