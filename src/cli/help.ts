import { SCENARIOS } from '../../scenarios/index.ts';
import { SCENARIO_NAMES, type ScenarioName } from '../../scenarios/types.ts';
import type { FlagSpec } from './args.ts';
import { DEFAULT_RUNS, REPLAY_FLAGS, runsFlag, SCENARIO_FLAGS } from './flags.ts';

export function flagTable(specs: readonly FlagSpec[]): string {
  return specs
    .map((s) => `  --${`${s.name}${s.value ? ` ${s.value}` : ''}`.padEnd(28)} ${s.description}`)
    .join('\n');
}

export function mainHelp(): string {
  const scenarios = SCENARIO_NAMES.map((n) => {
    const s = SCENARIOS[n];
    return `  ${n.padEnd(22)} ${s.description}${s.unavailable ? ' (not available yet)' : ''}`;
  }).join('\n');
  return `alpenglow — property-based testing, simulation and model checking of Solana's Alpenglow consensus

usage:
  alpenglow <scenario> --config FILE --output FILE [--verbose] [--timeout SEC] [--depth N]
            [--cross-validate] [--seed N] [--runs N] [--mode pbt|sim|exhaustive]
  alpenglow verify [--profile small|medium|large|boundary|stress] [--scenarios a,b] [--timeout SEC]
            [--cross-validate] [--out-dir DIR] [--seed N]
  alpenglow fuzz [--config FILE] [--duration SEC] [--workers N] [--corpus DIR] [--scenario NAME]
  alpenglow replay TRACE [--verbose] [--itf FILE]      (native, ITF or TLC trace, auto-detected)
  alpenglow report REPORT_OR_TRACE --html FILE
  alpenglow help | --help

scenarios:
${scenarios}

exit codes: 0 all properties hold; 1 a violation was found or an error occurred;
            124 --timeout ran out before the budget was spent and nothing was found;
            130/143 stopped by SIGINT/SIGTERM (the report is still written).
Run 'alpenglow <command> --help' for a command's flags.`;
}

export function scenarioHelp(name: ScenarioName): string {
  const s = SCENARIOS[name];
  return `alpenglow ${name} — ${s.description}
${s.unavailable ? `\nnot available yet: ${s.unavailable}\n` : ''}
usage: alpenglow ${name} --config FILE --output FILE [flags]

flags (--flag value and --flag=value both work):
${flagTable(SCENARIO_FLAGS.map((f) => (f.name === 'runs' ? runsFlag(s.defaultRuns ?? DEFAULT_RUNS) : f)))}
modes: ${s.modes.length > 0 ? s.modes.join(', ') : 'none yet'}`;
}

export function replayHelp(): string {
  return `alpenglow replay TRACE — re-execute a counterexample trace step by step, checking every property

exit 1 when a property is still violated, 0 when none is.

flags:
${flagTable(REPLAY_FLAGS)}`;
}
