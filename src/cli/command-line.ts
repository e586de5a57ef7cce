import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shellQuote } from '../core/shell-quote.ts';

const BIN = fileURLToPath(new URL('../../bin/alpenglow', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * How to run this CLI from `cwd`, as the first word of every command the tool prints (reproduce,
 * rerun, hints). `alpenglow` alone is not on a fresh clone's PATH, so: inside the repository the
 * relative path (`./bin/alpenglow`, `../../bin/alpenglow`), outside it the absolute path, which
 * runs from anywhere. Quoted for the shell when the path needs it.
 */
export function cliInvocation(cwd: string = process.cwd()): string {
  const fromRepo = relative(REPO, cwd);
  const inside = fromRepo === '' || (!fromRepo.startsWith('..') && !isAbsolute(fromRepo));
  if (!inside) return shellQuote(BIN);
  const path = relative(cwd, BIN);
  return shellQuote(path.startsWith('..') ? path : `./${path}`);
}
