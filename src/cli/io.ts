import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
 * A symlink is written through (the rename happens beside the file it names, so the link stays
 * a link); an existing target that is not a regular file is refused, since the rename would
 * replace a device or a FIFO with a plain file.
 */
export function writeFileAtomic(path: string, content: string): void {
  const target = linkTarget(path);
  const kind = nonRegularKind(existingStats(target));
  if (kind !== null) throw new Error(`${kind}, not a regular file`);
  makeFolders(dirname(target));
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
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
  let stats: Stats | null;
  try {
    stats = existingStats(path);
  } catch (error) {
    return [`${what} ${path}: cannot resolve the path (${(error as NodeJS.ErrnoException).code})`];
  }
  if (stats?.isDirectory()) return [`${what} ${path}: is a folder, not a file`];
  const kind = nonRegularKind(stats);
  if (kind !== null) return [`${what} ${path}: is ${kind}, not a regular file`];
  return folderTargetProblems(dirname(linkTarget(path)), what, path);
}

/** The stats of what `path` names (symlinks followed), null when nothing is there; ELOOP throws. */
function existingStats(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** "a FIFO" for a target a write must not replace; null for a regular file or none at all. */
function nonRegularKind(stats: Stats | null): string | null {
  if (stats === null || stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/** Symlinks never followed this many times: the kernel's own limit (a loop fails stat with ELOOP). */
const MAX_LINK_HOPS = 40;

/**
 * The path a write to `path` lands on: symlinks followed one hop at a time, a dangling one
 * included (its file is created), so that the rename replaces the file and not the link.
 */
function linkTarget(path: string): string {
  let current = path;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return current;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  return current;
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
