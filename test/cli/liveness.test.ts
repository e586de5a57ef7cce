import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

const PAPER = {
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
  network_delay: 50,
  timeout_ms: 600,
  max_rounds: 8,
};

describe('liveness_properties through the CLI', () => {
  const dir = tempDir();

  it('passes with 2 of 5 offline and reports latency percentiles', async () => {
    const config = writeConfig(dir, 'ok.json', {
      ...PAPER,
      validators: 5,
      byzantine_count: 0,
      offline_count: 2,
    });
    const output = join(dir, 'ok.report.json');
    const r = await runInProcess([
      'liveness_properties',
      '--config',
      config,
      '--output',
      output,
      '--runs',
      '4',
      '--seed',
      '1',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = readReport(output) as {
      extra: { simulation: { finalization_latency_ms: { p50: number; samples: number } } };
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.extra.simulation.finalization_latency_ms.samples).toBeGreaterThan(0);
    expect(report.extra.simulation.finalization_latency_ms.p50).toBeGreaterThan(0);
  });

  it('fails with 3 of 5 offline, and replay reproduces the stall', async () => {
    const config = writeConfig(dir, 'stall.json', {
      ...PAPER,
      validators: 5,
      byzantine_count: 0,
      offline_count: 3,
    });
    const output = join(dir, 'stall.report.json');
    const r = await runInProcess([
      'liveness_properties',
      '--config',
      config,
      '--output',
      output,
      '--runs',
      '2',
      '--seed',
      '1',
    ]);
    expect(r.code).toBe(1);
    const trace = join(dir, 'stall.report.EventualProgress.trace.json');
    expect(r.stdout).toContain(`reproduce: ./bin/alpenglow replay ${trace}`);
    const replay = await runInProcess(['replay', trace, '--verbose']);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('0 finalizations');
    expect(replay.stdout).toContain('recorded violation EventualProgress: reproduced');
  });
});
