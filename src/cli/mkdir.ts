import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** A folder that could not be made: `message` is one line for people, `code` the errno code. */
export class FolderError extends Error {
  override readonly name = 'FolderError';

  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * `mkdir -p` without Node's `mkdirSync(path, { recursive: true })`, which never returns under
 * /proc: there mkdir answers ENOENT although the parent exists, and Node's retry of "create the
 * parent, then the child" spins at 100% CPU, deaf to signals. This walks up to the first
 * existing ancestor, checks it is a folder, then creates the missing levels one at a time and
 * stops at the first refusal, naming that level.
 */
export function makeFolders(path: string): void {
  const missing: string[] = [];
  let existing = path;
  while (kindOf(existing) === 'missing' && dirname(existing) !== existing) {
    missing.push(existing);
    existing = dirname(existing);
  }
  if (kindOf(existing) !== 'folder') throw new FolderError(`${existing} is a file, not a folder`, 'ENOTDIR');
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      // Someone else made it meanwhile: fine, as long as it is a folder.
      if (code === 'EEXIST' && kindOf(level) === 'folder') continue;
      throw new FolderError(`cannot create folder ${level} (${code})`, code);
    }
  }
}

function kindOf(path: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}
