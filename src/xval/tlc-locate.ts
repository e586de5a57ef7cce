import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where TLC is: the tla2tools.jar and the java launcher that runs it. */
export interface TlcTool {
  readonly jar: string;
  readonly java: string;
}

export type TlcAvailability =
  | { readonly available: true; readonly tool: TlcTool }
  | { readonly available: false; readonly reason: string };

const javaWorks = new Map<string, string | null>();

/**
 * Finds TLC the way the project documents it (design.md §8): the jar named by TLA2TOOLS_JAR, run
 * by `java` (JAVA_HOME/bin/java when JAVA_HOME is set). Users without TLC get a reason to print,
 * never an exception, and the cross-validation is then reported as null.
 */
export function locateTlc(env: NodeJS.ProcessEnv = process.env): TlcAvailability {
  const jar = env.TLA2TOOLS_JAR;
  if (jar === undefined || jar === '') {
    return { available: false, reason: 'TLC is not available: TLA2TOOLS_JAR is not set' };
  }
  if (!existsSync(jar)) {
    return { available: false, reason: `TLC is not available: TLA2TOOLS_JAR=${jar} does not exist` };
  }
  const java = env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java';
  const problem = checkJava(java);
  if (problem !== null) return { available: false, reason: `TLC is not available: ${problem}` };
  // TLC runs in a temporary folder: a relative jar path must not depend on the cwd it was given in.
  return { available: true, tool: { jar: resolve(jar), java } };
}

/** Runs `java -version` once per launcher; null when it works, else why not. */
function checkJava(java: string): string | null {
  const known = javaWorks.get(java);
  if (known !== undefined) return known;
  const run = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  const problem =
    run.error !== undefined
      ? `cannot run ${java} (${run.error.message})`
      : run.status !== 0
        ? `${java} -version exited with ${run.status}`
        : null;
  javaWorks.set(java, problem);
  return problem;
}
