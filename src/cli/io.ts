import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inputError } from './errors.ts';

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
  const text = readTextFile(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw inputError(`${what} ${path}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Writes a file atomically: parent folders created, content written to a temporary file beside
 * it, then renamed over the target — a reader never sees half a file, a crash leaves none.
 */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
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
