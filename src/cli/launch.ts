import { SCENARIO_NAMES } from '../../scenarios/types.ts';
import { consoleOutput } from './output.ts';
import { scenarioInputProblems } from './preflight.ts';
import { runInWorker } from './worker-host.ts';

/**
 * What bin/alpenglow runs. A scenario goes to a worker thread (worker-host.ts), so this thread
 * stays free to act on signals and the deadline; it loads only what routing needs, since every
 * module loaded here is loaded again in the worker. Everything else runs here, through main.ts.
 */
export async function launch(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const help = rest.includes('--help') || rest.includes('-h');
  if (command !== undefined && (SCENARIO_NAMES as readonly string[]).includes(command) && !help) {
    const problems = scenarioInputProblems(command, rest);
    for (const line of problems) consoleOutput.err(`error: ${line}`);
    return problems.length > 0 ? 1 : runInWorker(argv, consoleOutput);
  }
  const { main } = await import('./main.ts');
  return main(argv);
}
