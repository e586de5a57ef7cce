import { SCENARIO_NAMES, type ScenarioName } from '../../scenarios/types.ts';
import { ScenarioUnavailable } from '../../scenarios/unavailable-error.ts';
import { closestName } from '../core/config/suggest.ts';
import { cliInvocation } from './command-line.ts';
import { fuzzCommand } from './commands/fuzz.ts';
import { leaderScheduleCommand } from './commands/leader-schedule.ts';
import { replayMain } from './commands/replay.ts';
import { reportCommand } from './commands/report.ts';
import { scenarioCommand } from './commands/scenario.ts';
import { verifyCommand } from './commands/verify.ts';
import { InputError, inputError } from './errors.ts';
import { mainHelp } from './help.ts';
import { latencyCommand } from './latency/command.ts';
import { consoleOutput, type Output } from './output.ts';

/** The CLI: the only place that parses arguments, touches files, handles signals and exit codes. */
export async function main(argv: readonly string[], io: Output = consoleOutput): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      for (const line of error.problems) io.err(`error: ${line}`);
      return 1;
    }
    if (error instanceof ScenarioUnavailable) {
      io.err(`error: ${error.message}`);
      return 1;
    }
    io.err(
      `internal error (a bug in alpenglow, please report it): ${(error as Error).stack ?? String(error)}`,
    );
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: Output): Promise<number> {
  const [command, ...rest] = argv;
  // `alpenglow help verify` is `alpenglow verify --help`.
  if (command === 'help' && rest.length > 0) return dispatch([rest[0] as string, '--help'], io);
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(mainHelp(cliInvocation()));
    return command === undefined ? 1 : 0;
  }
  if ((SCENARIO_NAMES as readonly string[]).includes(command)) {
    return scenarioCommand(command as ScenarioName, rest, io);
  }
  if (command === 'verify') return verifyCommand(rest, io);
  if (command === 'fuzz') return fuzzCommand(rest, io);
  if (command === 'report') return reportCommand(rest, io);
  if (command === 'leader-schedule') return leaderScheduleCommand(rest, io);
  if (command === 'latency') return latencyCommand(rest, io);
  // replay has its own exit code for bad input (2), so it reports its own errors.
  if (command === 'replay') return replayMain(rest, io);
  const hint = commandHint(command);
  throw inputError(
    `unknown command "${command}"${hint ? ` (did you mean "${hint}"?)` : ''}; see '${cliInvocation()} --help'`,
  );
}

const COMMANDS = [
  ...SCENARIO_NAMES,
  'verify',
  'fuzz',
  'replay',
  'report',
  'leader-schedule',
  'latency',
  'help',
];

/**
 * "Did you mean": a close spelling, else the one command the word begins (`safety` for
 * safety_properties, which is too far off by edit distance), else none.
 */
function commandHint(command: string): string | null {
  const close = closestName(command, COMMANDS);
  if (close !== null || command.length < 3) return close;
  const begun = COMMANDS.filter((c) => c.startsWith(command.toLowerCase()));
  return begun.length === 1 ? (begun[0] as string) : null;
}
