import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root folder, the one place that reads `import.meta.url`. Under tsx this file
 * is src/core/repo-root.ts; in the CLI's cached bundle (bin/cli-bundle.mjs) every module shares
 * the bundle's URL, .cache/alpenglow-cli/cli-….mjs. Both sit two folders below the root, so the
 * same '../../' finds it either way. A module that resolved its own URL would point into .cache
 * when bundled: test/core/repo-root.test.ts keeps every other module off import.meta.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the repository, from its root. */
export function repoPath(...segments: readonly string[]): string {
  return join(REPO_ROOT, ...segments);
}
