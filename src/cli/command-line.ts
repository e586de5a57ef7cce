import { isAbsolute, join, relative, resolve } from 'node:path';
import { REPO_ROOT, repoPath } from '../core/repo-root.ts';
import { shellQuote } from '../core/shell-quote.ts';

const BIN = repoPath('bin', 'alpenglow');
const REPO = REPO_ROOT;

/** The package.json script that runs this CLI (`"alpenglow": "node bin/alpenglow"`). */
const NPM_SCRIPT = 'alpenglow';

/**
 * How to run this CLI from `cwd`, as the first word of every command the tool prints (reproduce,
 * rerun, hints). `alpenglow` alone is not on a fresh clone's PATH, so: inside the repository the
 * relative path (`./bin/alpenglow`, `../../bin/alpenglow`), outside it the absolute path, which
 * runs from anywhere. Quoted for the shell when the path needs it.
 *
 * Launched by `npm run alpenglow`, the process runs at the package root whichever directory the
 * user typed it in (npm keeps that one in INIT_CWD), and the user's paths are relative to the root:
 * `./bin/alpenglow` would fail from their directory, while the npm script itself runs there (and
 * from any directory of the package) with the same paths. So print that.
 */
export function cliInvocation(
  cwd: string = process.cwd(),
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  if (launchedByNpmScript(env)) return `npm run -s ${NPM_SCRIPT} --`;
  const fromRepo = relative(REPO, cwd);
  const inside = fromRepo === '' || (!fromRepo.startsWith('..') && !isAbsolute(fromRepo));
  if (!inside) return shellQuote(BIN);
  const path = relative(cwd, BIN);
  return shellQuote(path.startsWith('..') ? path : `./${path}`);
}

/** Scripts of package.json that run this CLI without being it: from the root, ./bin/alpenglow runs as printed. */
const OTHER_LAUNCHERS = new Set(['start', 'fuzz:nightly']);

/**
 * This package's `alpenglow` script (not another package's script of the same name:
 * npm_package_json names the package when npm sets it), or `npm start` / `npm run fuzz:nightly`
 * typed in a subdirectory of the package, where ./bin/alpenglow would not run.
 */
function launchedByNpmScript(env: Readonly<Record<string, string | undefined>>): boolean {
  const pkg = env.npm_package_json;
  if (pkg !== undefined && resolve(pkg) !== join(REPO, 'package.json')) return false;
  if (env.npm_lifecycle_event === NPM_SCRIPT) return true;
  const typedIn = env.INIT_CWD;
  return (
    OTHER_LAUNCHERS.has(env.npm_lifecycle_event ?? '') &&
    typedIn !== undefined &&
    resolve(typedIn) !== resolve(REPO)
  );
}
