import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { SCENARIO_NAMES } from '../../scenarios/types.ts';
import { runCrossValidation } from '../../src/cli/cross-validation.ts';
import { scenarioHelp } from '../../src/cli/help.ts';
import { main } from '../../src/cli/main.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TINY_CONFIG, TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';
import { scenarioContext } from '../helpers/scenario-context.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

/** The CLI in this process (no start-up per run): exit code and the lines it printed. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Report {
  property_results: { name: string; passed: boolean | null }[];
  properties_checked: number;
  reproduce: string;
  extra: { properties_selected: string[]; properties_skipped: string[] };
}

const SAFETY = SAFETY_PROPERTIES.map((p) => p.name);
const names = (r: Report) => r.property_results.map((p) => p.name);

describe('--properties and --skip-properties', () => {
  const dir = tempDir();
  // The 20% equivocation attack with the Byzantine leader first: WindowChain falls at depth 4,
  // and no other property within 4 steps.
  const attack = writeConfig(dir, 'attack.json', { ...TWENTY_PERCENT_EQUIVOCATION, leader_offset: 4 });

  it('--properties Y: only Y is checked and reported, the report and the rerun command say so', async () => {
    const output = join(dir, 'only.json');
    const r = await cli(
      ['safety_properties', '--config', attack, '--output', output, '--runs', '20'].concat([
        '--seed',
        '7',
        '--depth',
        '40',
        '--properties',
        'WindowChain',
      ]),
    );
    expect(r.code, r.err).toBe(1);
    const report = readReport(output) as unknown as Report;
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.property_results.map((p) => [p.name, p.passed])).toEqual([['WindowChain', false]]);
    expect(report.properties_checked).toBe(1);
    expect(report.extra.properties_selected).toEqual(['WindowChain']);
    expect(report.extra.properties_skipped).toEqual(SAFETY.filter((n) => n !== 'WindowChain'));
    expect(report.reproduce).toContain('--properties WindowChain');
    expect(r.out).not.toMatch(/HonestVoteUniqueness/);
  });

  it('--skip-properties X: the violation of X is not found, not reported, not traced (exhaustive)', async () => {
    const base = ['safety_properties', '--config', attack, '--mode', 'exhaustive', '--depth', '4'];
    const all = join(dir, 'bfs-all', 'r.json');
    const baseline = await cli([...base, '--output', all]);
    expect(baseline.code, baseline.err).toBe(1); // without the flag, X is violated
    expect(existsSync(join(dir, 'bfs-all', 'r.WindowChain.trace.json'))).toBe(true);

    const skipped = join(dir, 'bfs-skip', 'r.json');
    const r = await cli([...base, '--output', skipped, '--skip-properties', 'WindowChain']);
    expect(r.code, r.out + r.err).toBe(0);
    const report = readReport(skipped) as unknown as Report;
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(names(report)).toEqual(SAFETY.filter((n) => n !== 'WindowChain'));
    expect(report.property_results.every((p) => p.passed === true)).toBe(true);
    expect(report.extra.properties_skipped).toEqual(['WindowChain']);
    expect(readdirSync(join(dir, 'bfs-skip'))).toEqual(['r.json']);
    expect(report.reproduce).toContain('--skip-properties WindowChain');
  });

  it('liveness_properties (sim): selects among liveness and safety properties', async () => {
    const config = writeConfig(dir, 'timed.json', {
      validators: 4,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 2,
      network_delay: 50,
      timeout_ms: 600,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    });
    const output = join(dir, 'live.json');
    const r = await cli(
      ['liveness_properties', '--config', config, '--output', output, '--runs', '1'].concat([
        '--properties',
        'EventualProgress,ChainConsistency',
      ]),
    );
    expect(r.code, r.err).toBe(0);
    const report = readReport(output) as unknown as Report;
    expect(names(report)).toEqual(['EventualProgress', 'ChainConsistency']);
  });

  it('byzantine_resilience: every sweep cell checks only the selected property', async () => {
    const config = writeConfig(dir, 'sweep.json', {
      validators: 4,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 1,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    });
    const output = join(dir, 'sweep.json.out');
    const r = await cli(
      ['byzantine_resilience', '--config', config, '--output', output, '--runs', '8'].concat([
        '--depth',
        '20',
        '--properties',
        'NotarizationUniqueness',
      ]),
    );
    expect(r.code, r.err).toBe(0);
    const report = readReport(output) as unknown as Report;
    expect(report.property_results.length).toBeGreaterThan(1); // one per cell
    expect(names(report).every((n) => n.startsWith('NotarizationUniqueness ['))).toBe(true);
  });

  it('integration_tests: a liveness-only selection leaves random schedules and BFS nothing to run', async () => {
    const config = writeConfig(dir, 'integration.json', {
      validators: 4,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 1,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
    });
    const output = join(dir, 'integration.out.json');
    const r = await cli(
      ['integration_tests', '--config', config, '--output', output, '--runs', '1'].concat([
        '--properties',
        'EventualProgress',
      ]),
    );
    expect(r.code, r.err).toBe(0);
    const report = readReport(output) as unknown as Report;
    expect(names(report)).toEqual(['EventualProgress [sim]']);
  });
});

describe('--help', () => {
  it.each(SCENARIO_NAMES)('%s --help lists --properties, --skip-properties and --junit', (name) => {
    const help = scenarioHelp(name);
    for (const flag of ['--properties A,B', '--skip-properties A,B', '--junit FILE'])
      expect(help).toContain(flag);
  });
});

describe('--properties with --cross-validate', () => {
  it('cross-validates only the selected invariants', async () => {
    const jar = process.env.TLA2TOOLS_JAR;
    delete process.env.TLA2TOOLS_JAR; // the TS side is enough to see which invariants are asked for
    try {
      const config = { ...DEFAULT_CONFIG, ...TINY_CONFIG, leader_offset: 0 };
      const selection = { only: ['WindowChain', 'ChainConsistency'], skip: [] };
      const xv = await runCrossValidation(scenarioContext(config, { selection }));
      expect(xv.runs.map((r) => r.perInvariant.map((p) => p.name))).toEqual([
        ['WindowChain', 'ChainConsistency'],
      ]);
    } finally {
      if (jar !== undefined) process.env.TLA2TOOLS_JAR = jar;
    }
  });
});

describe('--properties and --skip-properties: bad input', () => {
  const dir = tempDir();
  const output = join(dir, 'never.json');
  const run = (...flags: string[]) => cli(['safety_properties', '--output', output, ...flags]);

  it('an unknown name: one line with a did-you-mean, then the names this scenario checks', async () => {
    const r = await run('--properties', 'WindowChain,notarizationuniquenes');
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines[0]).toBe(
      'error: --properties: unknown property "notarizationuniquenes" (did you mean "NotarizationUniqueness"?)',
    );
    expect(lines[1]).toBe(`error: --properties: safety_properties checks ${SAFETY.join(', ')}`);
    expect(existsSync(output)).toBe(false);
  });

  it('a property of another scenario says which scenarios check it', async () => {
    const r = await run('--skip-properties', 'EventualProgress');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'error: --skip-properties: EventualProgress is not checked by safety_properties (liveness_properties, integration_tests, vrf_leader_selection check it)',
    );
  });

  it('both flags, an empty name, and a selection that leaves nothing are refused', async () => {
    const both = await run('--properties', 'WindowChain', '--skip-properties', 'ChainConsistency');
    expect(both.err).toBe('error: --properties, --skip-properties: give one or the other, not both');
    const empty = await run('--properties', 'WindowChain,');
    expect(empty.err).toBe('error: --properties: empty name in "WindowChain,"');
    const nothing = await run('--skip-properties', SAFETY.join(','));
    expect(nothing.err).toBe(
      'error: --skip-properties: skips every property safety_properties checks; nothing would be checked',
    );
    for (const r of [both, empty, nothing]) expect(r.code).toBe(1);
    expect(existsSync(output)).toBe(false);
  });

  it('through the CLI entry: exit 1, the problem on stderr, no stack trace, no report', async () => {
    const r = await runInProcess([
      'liveness_properties',
      '--output',
      output,
      '--properties',
      'EventualProgres',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error: --properties: unknown property "EventualProgres" (did you mean "EventualProgress"?)',
    );
    expect(r.stderr).toContain(`liveness_properties checks ${LIVENESS_PROPERTIES[0]?.name}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
  });
});
