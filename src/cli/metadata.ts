import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { REPO_ROOT, repoPath } from '../core/repo-root.ts';
import type { TestReport } from '../report/types.ts';

/**
 * Provenance of a report: tool and Node versions, host, CI flag, git commit when available, and
 * the directory the run was made in (`report --html` elsewhere prints its commands from there).
 */
export function collectMetadata(runDirectory: string = process.cwd()): TestReport['metadata'] {
  const environment: Record<string, string> = {};
  for (const key of ['CI', 'FC_NUM_RUNS', 'ALPENGLOW_SEED']) {
    const value = process.env[key];
    if (value !== undefined) environment[key] = value;
  }
  return {
    rust_version: null,
    stateright_version: null,
    node_version: process.version,
    tool_version: toolVersion(),
    hostname: hostname(),
    environment,
    git_commit: gitCommit(),
    run_directory: runDirectory,
  };
}

function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

function gitCommit(): string | null {
  try {
    const cwd = REPO_ROOT;
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}
