import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TS_ONLY_PROPERTIES } from '../../src/xval/verdicts.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TINY_CONFIG, TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';
import { describeTlc } from '../helpers/tlc.ts';

describe('traces in other formats through `alpenglow replay`', () => {
  it('writes a trace as ITF and replays the ITF file to the same violation', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'eq.json', TWENTY_PERCENT_EQUIVOCATION);
    const output = join(dir, 'eq.report.json');
    await runInProcess([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--runs',
      '300',
      '--seed',
      '4',
    ]);
    const report = readReport(output) as {
      property_results: { name: string; counterexample: string | null }[];
    };
    const trace = report.property_results.find((p) => p.name === 'NotarizationUniqueness')
      ?.counterexample as string;
    const itf = join(dir, 'eq.itf.json');
    const first = await runInProcess(['replay', trace, '--itf', itf]);
    expect(first.code).toBe(1);
    const again = await runInProcess(['replay', itf]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('recorded violation NotarizationUniqueness');
    expect(again.stdout).toContain('reproduced');
  });

  it("replays TLC's own error-trace text", async () => {
    const r = await runInProcess(['replay', 'test/xval/fixtures/tlc-fast-below-slow.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VIOLATION FinalizedImpliesNotarized');
  });
});

describe('--cross-validate where TLC is missing', () => {
  it('warns once that TLC was not run, states tla_result: null, and still runs the explorer', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'tiny.json', TINY_CONFIG);
    const output = join(dir, 'no-tlc.report.json');
    const jar = join(dir, 'missing', 'tla2tools.jar');
    const r = await runInProcess(
      ['safety_properties', '--config', config, '--output', output, '--runs', '20', '--cross-validate'],
      { env: { TLA2TOOLS_JAR: jar } },
    );
    expect(r.code, r.stderr).toBe(0);
    const all = r.stdout + r.stderr;
    expect(all.match(/not available/g)).toHaveLength(1);
    expect(r.stderr).toContain(
      `warning: --cross-validate asked for TLC, but TLC is not available (TLA2TOOLS_JAR=${jar} does not exist); TLC was not run\n`,
    );
    expect(r.stdout).toContain('  cross-validation: tla_result: null (TLC not run)\n');
    // One line per leader rotation still tells what the explorer found.
    expect(r.stdout.match(/^cross-validation, leader offset \d: /gm)).toHaveLength(3);
    const report = readReport(output) as {
      property_results: { cross_validation: { tla_result: boolean | null; external_result: unknown } }[];
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    for (const p of report.property_results) expect(p.cross_validation.tla_result).toBeNull();
  });
});

describeTlc('--cross-validate through the CLI (needs TLC)', () => {
  it('fills cross_validation with TLC verdicts and equal state sets', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'tiny.json', { ...TINY_CONFIG, leader_offset: 0 });
    const output = join(dir, 'tiny.report.json');
    const r = await runInProcess([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--runs',
      '50',
      '--cross-validate',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = readReport(output) as {
      property_results: { name: string; cross_validation: Record<string, unknown> }[];
      extra: { cross_validation: { states_equal: boolean; distinct_states: { ts: number; tlc: number } }[] };
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.property_results.length).toBeGreaterThan(TS_ONLY_PROPERTIES.length);
    for (const p of report.property_results) {
      // A property with no TLA+ invariant (InternalConsistency: the TS model's own assertions)
      // is said to be not cross-validated; every other one agrees with TLC.
      const expected = TS_ONLY_PROPERTIES.includes(p.name)
        ? { local_result: true, tla_result: null, consistent: null }
        : { local_result: true, external_result: true, tla_result: true, consistent: true };
      expect(p.cross_validation, p.name).toMatchObject(expected);
    }
    const [run] = report.extra.cross_validation;
    expect(run?.states_equal).toBe(true);
    expect(run?.distinct_states.ts).toBe(run?.distinct_states.tlc);
  });
});
