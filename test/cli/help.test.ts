import { describe, expect, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { SCENARIOS } from '../../scenarios/index.ts';
import type { FlagSpec } from '../../src/cli/args.ts';
import { cliInvocation } from '../../src/cli/command-line.ts';
import { FUZZ_FLAGS } from '../../src/cli/commands/fuzz.ts';
import { REPORT_FLAGS } from '../../src/cli/commands/report.ts';
import { VERIFY_FLAGS } from '../../src/cli/commands/verify.ts';
import { REPLAY_FLAGS, SCENARIO_FLAGS } from '../../src/cli/flags.ts';
import { mainHelp, scenarioHelp } from '../../src/cli/help.ts';
import { main } from '../../src/cli/main.ts';

/** The usage entry of one command in the main help: its line and its continuation lines. */
function usageOf(command: string): string {
  const lines = mainHelp().split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  alpenglow ${command}`));
  expect(start, `no usage line for ${command}`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => !l.startsWith('    '));
  return [lines[start], ...rest.slice(0, end)].join('\n');
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('help derived from the code', () => {
  const commands: [string, readonly FlagSpec[]][] = [
    ['<scenario>', SCENARIO_FLAGS],
    ['verify', VERIFY_FLAGS],
    ['fuzz', FUZZ_FLAGS],
    ['replay', REPLAY_FLAGS],
    ['report', REPORT_FLAGS],
  ];
  it.each(commands)('the usage of %s lists every one of its flags', (command, flags) => {
    const usage = usageOf(command);
    for (const f of flags) {
      if (f.name === 'help' || f.ignoredWithWarning) continue;
      expect(usage).toContain(`--${f.name}${f.value ? ` ${f.value}` : ''}`);
    }
  });

  it("counts the safety properties from the registry, not 'the ten'", () => {
    const help = mainHelp();
    expect(help).not.toMatch(/ten safety/);
    expect(help).toContain(`${SAFETY_PROPERTIES.length} safety properties`);
    expect(scenarioHelp('liveness_properties')).toContain(`${LIVENESS_PROPERTIES.length} liveness`);
  });

  it("a scenario's help offers only its own modes", () => {
    const liveness = scenarioHelp('liveness_properties');
    expect(liveness).toMatch(/--mode sim /);
    expect(liveness).toContain('modes: sim');
    expect(liveness).not.toContain('exhaustive');
    const safety = scenarioHelp('safety_properties');
    expect(safety).toMatch(/--mode pbt\|exhaustive /);
    expect(safety).toContain('--max-states N');
    for (const name of Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[]) {
      const modes = SCENARIOS[name].modes;
      if (modes.length === 0) expect(scenarioHelp(name)).not.toContain('--mode');
    }
  });

  it('integration_tests says it runs every driver unless --mode picks one', () => {
    expect(scenarioHelp('integration_tests')).toContain(
      'modes: pbt, sim and exhaustive, one after another (--mode runs one of them only)',
    );
  });
});

describe('help says what every run prints and how it exits (issue 11)', () => {
  it("every scenario's help mentions the per-action coverage printed after every run", () => {
    for (const name of Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[]) {
      expect(scenarioHelp(name), name).toContain(
        'after every run: per-action coverage (one line per driver, the table with --verbose; report extra.action_coverage)',
      );
    }
  });

  it('exit code 0 covers a bounded exhaustive search with no violation', () => {
    const help = mainHelp();
    expect(help).toMatch(
      /exit codes: 0 all properties hold[^;]*bounded exhaustive search[^;]*no violation up to depth N/,
    );
  });
});

describe('main help', () => {
  it('says how to run alpenglow from the current directory', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`from this directory, alpenglow is ${cliInvocation()}`);
  });
});

describe('unknown commands', () => {
  it.each([
    ['safety', 'safety_properties'],
    ['liveness', 'liveness_properties'],
    ['byzantine', 'byzantine_resilience'],
    ['verfy', 'verify'],
  ])('%s: did you mean %s', async (typed, meant) => {
    const r = await run([typed]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `error: unknown command "${typed}" (did you mean "${meant}"?); see '${cliInvocation()} --help'`,
    );
  });

  it('no hint when nothing is close', async () => {
    expect((await run(['frobnicate'])).err).toBe(
      `error: unknown command "frobnicate"; see '${cliInvocation()} --help'`,
    );
  });
});
