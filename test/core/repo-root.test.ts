import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, repoPath } from '../../src/core/repo-root.ts';

/**
 * In the CLI's bundle (bin/cli-bundle.mjs) every module's `import.meta.url` is the bundle's, so a
 * module that found files from its own URL would look inside node_modules. Only repo-root.ts
 * (two folders below the root, like the bundle) and bundle-mode.ts (which wants the bundle's URL)
 * may read it.
 */
const ALLOWED = new Set(['src/core/repo-root.ts', 'src/cli/bundle-mode.ts']);

describe('the repository root', () => {
  it('is the folder of package.json', () => {
    expect(JSON.parse(readFileSync(repoPath('package.json'), 'utf8')).name).toBe('alpenglow-check');
    expect(REPO_ROOT.endsWith('/')).toBe(true);
  });

  it('is the only thing code reads import.meta for (url, dirname, filename, resolve)', () => {
    const readers: string[] = [];
    for (const top of ['src', 'scenarios', 'properties', 'arbitraries']) {
      for (const file of readdirSync(repoPath(top), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|mjs)$/.test(file)) continue;
        const path = join(top, file);
        const code = readFileSync(repoPath(path), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
        if (/import\.meta\b/.test(code) && !ALLOWED.has(path)) readers.push(path);
      }
    }
    expect(readers).toEqual([]);
  });
});
