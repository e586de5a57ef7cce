import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { visible } from '../core/config/visible.ts';
import { inputError } from './errors.ts';
import { duplicateMessage, parseJsonStrict } from './json-strict.ts';
import { makeFolders } from './mkdir.ts';

/** Reads a text file; failure becomes one clear line naming the file. */
export function readTextFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(
      `${what} ${path}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`,
    );
  }
}

/** Reads and parses a JSON file; failures become one clear line naming the file. */
export function readJsonFile(path: string, what: string): unknown {
  // Read as a config is (json-strict.ts): a byte order mark dropped, a repeated key refused, the
  // message in visible characters.
  const parsed = parseJsonStrict(readTextFile(path, what));
  if (!parsed.ok) throw inputError(visible(`${what} ${path}: not valid JSON (${parsed.error})`));
  if (parsed.duplicates.length > 0)
    throw inputError(...parsed.duplicates.map((d) => visible(`${what} ${path}: ${duplicateMessage(d)}`)));
  return parsed.value;
}

/**
 * Writes a file atomically: parent folders created, content written to a temporary file beside
 * it, then renamed over the target — a reader never sees half a file, a crash leaves none.
 */
export function writeFileAtomic(path: string, content: string): void {
  makeFolders(dirname(path));
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Problems that would stop a file being written at `path`, found before a run starts: a run of
 * minutes must not end in "cannot write" with its report lost. Empty when the path looks fine.
 */
export function fileTargetProblems(path: string, what: string): string[] {
  if (path === '') return [`${what}: must not be empty`];
  if (isFolder(path)) return [`${what} ${path}: is a folder, not a file`];
  return folderTargetProblems(dirname(path), what, path);
}

/** Problems that would stop files being created in the folder `path` (created when missing). */
export function folderTargetProblems(path: string, what: string, shown = path): string[] {
  if (path === '') return [`${what}: must not be empty`];
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!isFolder(existing)) return [`${what} ${shown}: ${existing} is a file, not a folder`];
  try {
    accessSync(existing, constants.W_OK);
  } catch {
    return [`${what} ${shown}: cannot write in ${existing} (no permission)`];
  }
  const refused = createFileRefusal(existing);
  return refused === null ? [] : [`${what} ${shown}: cannot create files in ${existing} (${refused})`];
}

/**
 * Creates and removes an empty file in `folder`; the error code when that fails, else null.
 * The permission bits do not tell everything: /proc passes accessSync(W_OK) as root yet refuses
 * every new file, and a run must not learn that at its end (or spin in a recursive mkdir there).
 */
function createFileRefusal(folder: string): string | null {
  const probe = join(folder, `.alpenglow-probe-${process.pid}-${Date.now()}`);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  }
  rmSync(probe, { force: true });
  return null;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A write that failed anyway (disk full, a race), as one line for people. */
export function writeFailure(path: string, what: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return `${what} ${path}: cannot write (${code})`;
}
