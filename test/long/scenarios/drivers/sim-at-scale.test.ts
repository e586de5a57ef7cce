import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from '../../../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../../../helpers/schema.ts';

// The timed driver at scale (scenarios/drivers/sim-scale.ts) through the CLI: liveness_properties
// on the 300 largest validators of epoch 780 (3.6 million expected inputs, above the 1.7 million
// bound), stepped in place without a trace. Measured: 26 s of one core, 290 MB peak RSS; keeping
// the trace (as before) costs that run ~420 MB more for the inputs alone.

const VALIDATORS = 300;
/** Peak RSS allowed: the run measured 290 MB; the inputs' trace alone would add ~420 MB. */
const MAX_RSS_BYTES = 600 * 1024 * 1024;

/** The first `validators` rows of the shared epoch-780 file (ranks 0…n-1: the largest stakes), as a CSV in `dir`. */
function epoch780Prefix(dir: string, validators: number): string {
  const file = join(REPO, '../shared/data/mainnet-epoch780-validators.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const path = join(dir, `epoch780-top${validators}.csv`);
  writeFileSync(path, `${lines.slice(0, validators + 1).join('\n')}\n`);
  return path;
}

describe('liveness_properties at scale', () => {
  it(`on the ${VALIDATORS} largest validators of epoch 780: exit 0, bounded memory, a schema-valid report saying it ran at scale`, async () => {
    const dir = tempDir();
    const mainnet = JSON.parse(readFileSync(join(REPO, 'configs/mainnet-epoch780.json'), 'utf8'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ ...mainnet, validator_set: epoch780Prefix(dir, VALIDATORS) }));
    const output = join(dir, 'report.json');
    const r = await runCli([
      'liveness_properties',
      '--config',
      config,
      '--runs',
      '1',
      '--seed',
      '1',
      '--output',
      output,
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = readReport(output) as {
      success: boolean;
      property_results: { passed: boolean | null; counterexample: string | null }[];
      metrics: { peak_memory_bytes: number };
      extra: { simulation: Record<string, unknown>; action_coverage: Record<string, unknown> };
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.success).toBe(true);
    expect(report.property_results.every((p) => p.passed === true)).toBe(true);
    // The CLI's own peak RSS (process.resourceUsage in the child): the run kept no trace.
    expect(report.metrics.peak_memory_bytes).toBeGreaterThan(0);
    expect(report.metrics.peak_memory_bytes).toBeLessThan(MAX_RSS_BYTES);
    const simulation = report.extra.simulation;
    expect(simulation.at_scale).toMatchObject({
      runs: 1,
      expected_inputs_per_run: 3_600_000,
      bound_inputs: 1_700_000,
    });
    // Not cut by the event bound: liveness was judged on the whole run.
    expect(simulation.runs_stopped_at_event_bound).toBe(0);
    expect(simulation.events as number).toBeGreaterThan(3_000_000);
    expect(simulation.safety_checked_every_states).toBe(112_500);
    expect(report.extra.action_coverage).toEqual({});
  });
});
