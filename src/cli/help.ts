import { SCENARIOS } from '../../scenarios/index.ts';
import {
  type Mode,
  SCENARIO_NAMES,
  type ScenarioDefinition,
  type ScenarioName,
} from '../../scenarios/types.ts';
import type { FlagSpec } from './args.ts';
import { FUZZ_FLAGS, FUZZ_MERGE_FLAGS } from './commands/fuzz.ts';
import { LEADER_SCHEDULE_FLAGS } from './commands/leader-schedule.ts';
import { REPORT_FLAGS } from './commands/report.ts';
import { VERIFY_FLAGS } from './commands/verify.ts';
import { DEFAULT_RUNS, REPLAY_FLAGS, runsFlag, SCENARIO_FLAGS } from './flags.ts';
import { LATENCY_FLAGS } from './latency/flags.ts';

export function flagTable(specs: readonly FlagSpec[]): string {
  return specs
    .map((s) => `  --${`${s.name}${s.value ? ` ${s.value}` : ''}`.padEnd(28)} ${s.description}`)
    .join('\n');
}

/** Usage lines wrap here, so help fits a terminal and README's code block. */
const USAGE_COLUMNS = 100;

/**
 * One command's usage, made from its flag array so it cannot drift from what the parser accepts:
 * `alpenglow fuzz [--config FILE] …`, `required` flags without brackets, wrapped at USAGE_COLUMNS
 * with continuation lines indented under the command. `--help` and flags kept only for the
 * original guide's scripts are left out.
 */
export function synopsis(head: string, specs: readonly FlagSpec[], required: readonly string[] = []): string {
  return wrap(head, words(specs, required), ' '.repeat(head.indexOf(' ') + 1));
}

function words(specs: readonly FlagSpec[], required: readonly string[]): string[] {
  return specs
    .filter((f) => f.name !== 'help' && !f.ignoredWithWarning)
    .map((f) => {
      // A boolean that defaults to true is only ever given as --name=false.
      const off = f.type === 'boolean' && f.description.includes(`--${f.name}=false`);
      const word = off ? `--${f.name}=false` : `--${f.name}${f.value ? ` ${f.value}` : ''}`;
      return required.includes(f.name) ? word : `[${word}]`;
    });
}

/** `head` then `words` separated by spaces, a new line (starting with `indent`) before USAGE_COLUMNS. */
function wrap(head: string, words: readonly string[], indent: string): string {
  const lines = [head];
  for (const word of words) {
    const last = lines.length - 1;
    if ((lines[last] as string).length + 1 + word.length > USAGE_COLUMNS) lines.push(`${indent}${word}`);
    else lines[last] = `${lines[last]} ${word}`;
  }
  return lines.join('\n');
}

/** Every command's usage, as mainHelp and README's "Commands" show it. */
export function usageLines(): string {
  return [
    synopsis('alpenglow <scenario>', SCENARIO_FLAGS),
    synopsis('alpenglow verify', VERIFY_FLAGS),
    synopsis('alpenglow fuzz', FUZZ_FLAGS),
    `${synopsis('alpenglow fuzz merge', FUZZ_MERGE_FLAGS)} DIR…`,
    synopsis('alpenglow replay TRACE', REPLAY_FLAGS),
    synopsis('alpenglow report REPORT_OR_TRACE', REPORT_FLAGS, ['html']),
    synopsis('alpenglow leader-schedule', LEADER_SCHEDULE_FLAGS, ['epoch', 'stakes', 'slots']),
    synopsis('alpenglow latency', LATENCY_FLAGS, ['validator-set', 'output']),
    'alpenglow help | --help | <command> --help',
  ].join('\n');
}

/** `cli`: how alpenglow is invoked from the user's directory (command-line.ts), said once at the top. */
export function mainHelp(cli = 'alpenglow'): string {
  const scenarios = SCENARIO_NAMES.map((n) => {
    const s = SCENARIOS[n];
    const text = `${s.description}${s.unavailable ? ' (not available yet)' : ''}`;
    return wrap(`  ${n.padEnd(22)}`, text.split(' '), ' '.repeat(25));
  }).join('\n');
  const here = cli === 'alpenglow' ? '' : ` (from this directory, alpenglow is ${cli})`;
  const usage = usageLines().replace(/^/gm, '  ');
  return `alpenglow — property-based testing, simulation and model checking of Solana's Alpenglow consensus

usage${here}:
${usage}

scenarios:
${scenarios}

exit codes: 0 all properties hold, or a bounded exhaustive search found no violation
              (it says "no violation up to depth N", not PASS);
            1 a violation was found or an error occurred;
            124 --timeout ran out before the budget was spent and nothing was found;
            130/143 stopped by SIGINT/SIGTERM (the report is still written);
            replay only: 2 bad input (unreadable, invalid trace, bad flags), 1 reproduced.
Run 'alpenglow <command> --help' for a command's flags.`;
}

/** The one driver a flag is for, when its description starts "exhaustive: …" (or pbt:, sim:). */
export function flagDriver(f: FlagSpec): Mode | undefined {
  return /^(pbt|sim|exhaustive):/.exec(f.description)?.[1] as Mode | undefined;
}

/**
 * A scenario's own flags: `--runs` with its default, `--mode` with only its modes (none: no
 * `--mode`), and flags documented as "exhaustive: …" only when it has the exhaustive driver.
 */
export function scenarioFlags(s: ScenarioDefinition): FlagSpec[] {
  return SCENARIO_FLAGS.flatMap((f): FlagSpec[] => {
    if (f.name === 'runs') return [runsFlag(s.defaultRuns ?? DEFAULT_RUNS)];
    if (f.name === 'mode') return s.modes.length === 0 ? [] : [{ ...f, value: s.modes.join('|') }];
    const only = flagDriver(f);
    return only === undefined || s.modes.includes(only) ? [f] : [];
  });
}

function modesLine(s: ScenarioDefinition): string {
  if (s.modes.length === 0) return 'modes: none yet';
  if (!s.runsEveryMode) return `modes: ${s.modes.join(', ')} (default ${s.modes[0]})`;
  const all = `${s.modes.slice(0, -1).join(', ')} and ${s.modes[s.modes.length - 1]}`;
  return `modes: ${all}, one after another (--mode runs one of them only)`;
}

/** Printed by every scenario run (scenario.ts finishOutput, report/console-coverage.ts). */
const COVERAGE_LINE =
  'after every run: per-action coverage (one line per driver, the table with --verbose; report extra.action_coverage)';

export function scenarioHelp(name: ScenarioName): string {
  const s = SCENARIOS[name];
  return `alpenglow ${name} — ${s.description}
${s.unavailable ? `\nnot available yet: ${s.unavailable}\n` : ''}
usage: alpenglow ${name} [flags]

flags (--flag value and --flag=value both work):
${flagTable(scenarioFlags(s))}
${modesLine(s)}
${COVERAGE_LINE}`;
}

export function replayHelp(): string {
  return `alpenglow replay TRACE — re-execute a counterexample trace step by step, checking every property

TRACE is a native trace, an ITF trace or TLC error-trace text (auto-detected); a TLC or ITF
trace that does not carry its config needs --config FILE. --itf and --state need an untimed trace.

exit codes:
  0  no property is violated any more
  1  a violation reproduced (a 'reproduced: …' line names it when it is not the recorded one)
  2  bad input: unreadable file, invalid JSON or trace, an action the model does not enable,
     a bad flag, or a combination replay refuses (--itf or --state on a timed trace)

flags:
${flagTable(REPLAY_FLAGS)}`;
}
