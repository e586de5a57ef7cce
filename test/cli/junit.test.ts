import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';
import { elementsNamed, parseXml } from '../helpers/xml.ts';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Report {
  scenario: string;
  property_results: { name: string; passed: boolean | null; reproduce: string | null }[];
  extra: { action_coverage: Record<string, { kinds: Record<string, { taken: number }> }> };
}

const dir = tempDir();
const attack = writeConfig(dir, 'attack.json', { ...TWENTY_PERCENT_EQUIVOCATION, leader_offset: 4 });
// No Byzantine validator (byzantine_resilience sweeps 0 and 1 anyway): every run here passes.
const small = writeConfig(dir, 'small.json', {
  validators: 4,
  byzantine_count: 0,
  offline_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  leader_offset: 0,
  network_delay: 50,
  timeout_ms: 600,
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
});

/** Every scenario on every mode it has, at small count budgets. */
const RUNS: { name: string; args: string[]; drivers: string[] }[] = [
  {
    name: 'safety pbt',
    args: ['safety_properties', '--config', small, '--runs', '5', '--depth', '30'],
    drivers: ['pbt'],
  },
  {
    name: 'safety exhaustive',
    args: ['safety_properties', '--config', small, '--mode', 'exhaustive', '--depth', '3'],
    drivers: ['exhaustive'],
  },
  { name: 'liveness sim', args: ['liveness_properties', '--config', small, '--runs', '1'], drivers: ['sim'] },
  {
    name: 'byzantine pbt',
    args: ['byzantine_resilience', '--config', small, '--runs', '8', '--depth', '15'],
    drivers: ['pbt'],
  },
  {
    name: 'byzantine exhaustive',
    args: ['byzantine_resilience', '--config', small, '--mode', 'exhaustive', '--depth', '2'],
    drivers: ['exhaustive'],
  },
  {
    name: 'integration, every driver',
    args: ['integration_tests', '--config', small, '--runs', '2', '--depth', '3', '--max-states', '300'],
    drivers: ['pbt', 'sim', 'exhaustive'],
  },
];

describe('--junit and per-action coverage on every scenario and mode', () => {
  it.each(RUNS)(
    '$name: one <testcase> per reported property; coverage per driver, in the report and on the console',
    async (run) => {
      const stem = join(dir, run.name.replace(/[^a-z]+/g, '-'));
      const r = await cli([...run.args, '--output', `${stem}.json`, '--junit', `${stem}.xml`, '--seed', '3']);
      expect(r.code, r.err).toBe(0);
      const report = readReport(`${stem}.json`) as unknown as Report;
      expect(reportSchemaErrors(report)).toEqual([]);
      const suites = elementsNamed(parseXml(readFileSync(`${stem}.xml`, 'utf8')), 'testsuite');
      expect(suites.map((s) => s.attrs.name)).toEqual([report.scenario]);
      const cases = elementsNamed(suites[0] as never, 'testcase');
      expect(cases.map((c) => c.attrs.name)).toEqual(report.property_results.map((p) => p.name));
      expect(
        cases.every((c) => c.attrs.classname === report.scenario && /^\d+\.\d{3}$/.test(c.attrs.time ?? '')),
      ).toBe(true);
      expect(Object.keys(report.extra.action_coverage).sort()).toEqual([...run.drivers].sort());
      for (const driver of run.drivers) {
        const taken = Object.values(report.extra.action_coverage[driver]?.kinds ?? {}).reduce(
          (a, k) => a + k.taken,
          0,
        );
        expect(taken, driver).toBeGreaterThan(0);
        expect(r.out).toContain(`action coverage (${driver}): `);
      }
      expect(r.out).toContain(`junit: ${stem}.xml`);
    },
  );
});

describe('--junit on a violation', () => {
  it('a <failure> per violated property, with its message and the reproduce command of the report', async () => {
    const stem = join(dir, 'violated');
    const r = await cli(
      ['safety_properties', '--config', attack, '--mode', 'exhaustive', '--depth', '4'].concat([
        '--output',
        `${stem}.json`,
        '--junit',
        `${stem}.xml`,
      ]),
    );
    expect(r.code, r.err).toBe(1);
    const report = readReport(`${stem}.json`) as unknown as Report;
    const violated = report.property_results.find((p) => p.passed === false);
    expect(violated?.name).toBe('WindowChain');
    const root = parseXml(readFileSync(`${stem}.xml`, 'utf8'));
    expect(root.attrs).toMatchObject({ tests: String(report.property_results.length), failures: '1' });
    const failing = elementsNamed(root, 'testcase').filter((c) =>
      c.children.some((e) => e.name === 'failure'),
    );
    expect(failing.map((c) => c.attrs.name)).toEqual(['WindowChain']);
    const failure = failing[0]?.children[0];
    expect(failure?.attrs.message).toMatch(/^VIOLATED \(4 steps\): validator \d holds/);
    expect(failure?.text).toContain(`reproduce: ${violated?.reproduce}`);
    // Written atomically: nothing but the report, its trace, its page and the XML beside them.
    expect(readdirSync(dir).filter((f) => f.startsWith('violated'))).toEqual(
      ['violated.WindowChain.trace.json', 'violated.html', 'violated.json', 'violated.xml'].sort(),
    );
  });
});

describe('--junit: bad targets are refused before the run', () => {
  it('a path inside a file, or the report file itself: exit 1, one line, nothing written', async () => {
    const output = join(dir, 'never.json');
    const inside = await cli(['safety_properties', '--output', output, '--junit', join(small, 'x.xml')]);
    expect(inside.code).toBe(1);
    expect(inside.err).toBe(`error: --junit ${join(small, 'x.xml')}: ${small} is a file, not a folder`);
    const same = await cli(['safety_properties', '--output', output, '--junit', output]);
    expect(same.code).toBe(1);
    expect(same.err).toBe(`error: --junit ${output}: is the --output file; give the JUnit XML its own file`);
    expect(existsSync(output)).toBe(false);
  });

  it('through the CLI entry, before a scenario starts: no stack trace, no report', async () => {
    const output = join(dir, 'never2.json');
    const r = await runInProcess(['liveness_properties', '--output', output, '--junit', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: --junit ${dir}: is a folder, not a file\n`);
    expect(existsSync(output)).toBe(false);
  });
});
