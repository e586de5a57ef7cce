import { join, resolve } from 'node:path';
import { parseArgs } from './args.ts';
import { loadConfig } from './config-file.ts';
import { InputError } from './errors.ts';
import { SCENARIO_FLAGS } from './flags.ts';
import { fileTargetProblems } from './io.ts';

/**
 * The input checks of a scenario command that need none of the model: flags, the output path
 * and the config file. launch.ts runs them on the main thread before it starts a worker, so bad
 * input is answered at once (and a CLI test of it costs one start-up, not two). The worker runs
 * the same checks again in scenarioCommand, with the rest; these produce the same lines.
 */
export function scenarioInputProblems(name: string, argv: readonly string[]): string[] {
  const args = parseArgs(argv, SCENARIO_FLAGS);
  if (args.flags.help) return [];
  const problems = [...args.problems];
  if (args.positionals.length > 0) problems.push(`unexpected argument "${args.positionals[0]}"`);
  const output = (args.flags.output as string | undefined) ?? join('reports', `${name}.json`);
  problems.push(...fileTargetProblems(output, '--output'));
  const junit = args.flags.junit as string | undefined;
  if (junit !== undefined) problems.push(...junitTargetProblems(junit, output));
  if (problems.length > 0) return problems;
  try {
    loadConfig(args.flags.config as string | undefined);
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
  return [];
}

/** `--junit FILE`: writable like --output, and not the report itself (one would overwrite the other). */
function junitTargetProblems(junit: string, output: string): string[] {
  if (junit !== '' && resolve(junit) === resolve(output))
    return [`--junit ${junit}: is the --output file; give the JUnit XML its own file`];
  return fileTargetProblems(junit, '--junit');
}
