import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

interface Report {
  states_explored: number;
  duration_ms: number;
  properties_checked: number;
  metrics: {
    states_per_second: number;
    cpu_time_ms: number;
    peak_memory_bytes: number;
    network_events: number;
    coverage: { unique_states: number; transitions: number };
  };
  config: Record<string, unknown>;
}

describe("the original guide's example config", () => {
  it('runs with safety_properties and reports real, consistent numbers', async () => {
    const output = join(tempDir(), 'guide.json');
    const r = await runCli([
      'safety_properties',
      '--config',
      'configs/small_stateright.json',
      '--output',
      output,
      '--runs',
      '20',
      '--depth',
      '200',
      '--seed',
      '11',
    ]);
    expect([0, 1]).toContain(r.code); // its thresholds are weak: a violation is a legitimate answer
    const report = readReport(output) as unknown as Report;
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.states_explored).toBeGreaterThan(0);
    expect(report.duration_ms).toBeGreaterThan(0);
    expect(report.properties_checked).toBe(SAFETY_PROPERTIES.length);
    const expectedRate = report.states_explored / (report.duration_ms / 1000);
    expect(Math.abs(report.metrics.states_per_second - expectedRate) / expectedRate).toBeLessThan(0.01);
    expect(report.metrics.coverage.unique_states).toBeGreaterThan(0);
    expect(report.metrics.coverage.unique_states).toBeLessThanOrEqual(report.states_explored);
    expect(report.metrics.cpu_time_ms).toBeGreaterThan(0);
    expect(report.metrics.peak_memory_bytes).toBeGreaterThan(10_000_000);
    expect(report.metrics.network_events).toBeGreaterThan(0);
    // The report's config is the resolved one: the guide's fields plus the seed used.
    expect(report.config).toMatchObject({
      validators: 5,
      byzantine_count: 1,
      offline_count: 1,
      fast_path_threshold: 0.67,
      seed: 11,
    });
  });
});
