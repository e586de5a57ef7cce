import { SCENARIO_NAMES } from '../../scenarios/types.ts';
import { consoleOutput, type Output } from './output.ts';
import { scenarioInputProblems } from './preflight.ts';
import { runInWorker } from './worker-host.ts';

/** How a scenario command that passed the input checks is run: in a worker, or (tests) on this thread. */
export type ScenarioRunner = (argv: readonly string[], io: Output) => Promise<number>;

/**
 * What bin/alpenglow runs. A scenario goes to a worker thread (worker-host.ts), so this thread
 * stays free to act on signals and the deadline; it loads only what routing needs, since every
 * module loaded here is loaded again in the worker. Everything else runs here, through main.ts.
 * `io` and `runScenario` let a test run the same routing and checks in its own process
 * (test/helpers/cli.ts `runInProcess`).
 */
export async function launch(
  argv: readonly string[],
  io: Output = consoleOutput,
  runScenario: ScenarioRunner = runInWorker,
): Promise<number> {
  const [command, ...rest] = argv;
  const help = rest.includes('--help') || rest.includes('-h');
  if (command !== undefined && (SCENARIO_NAMES as readonly string[]).includes(command) && !help) {
    const problems = scenarioInputProblems(command, rest);
    for (const line of problems) io.err(`error: ${line}`);
    return problems.length > 0 ? 1 : runScenario(argv, io);
  }
  const { main } = await import('./main.ts');
  return main(argv, io);
}
