import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/alpenglow', import.meta.url));
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI as a subprocess (as users do), optionally sending a signal after `signalAfterMs`. */
export function runCli(
  args: readonly string[],
  options: {
    signalAfterMs?: number;
    signal?: NodeJS.Signals;
    env?: Record<string, string>;
    /** Send the signal once stderr matches this (then after `signalAfterMs`, default 0): a phase, not a guess of time. */
    signalWhen?: RegExp;
  } = {},
): Promise<CliResult & { signalledAtMs: number | null; exitedAtMs: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    let signalledAtMs: number | null = null;
    let armed = false;
    const send = () => {
      signalledAtMs = performance.now();
      child.kill(options.signal ?? 'SIGINT');
    };
    child.stderr.on('data', (d) => {
      stderr += d;
      if (options.signalWhen && !armed && options.signalWhen.test(stderr)) {
        armed = true;
        setTimeout(send, options.signalAfterMs ?? 0);
      }
    });
    if (options.signalAfterMs !== undefined && !options.signalWhen) setTimeout(send, options.signalAfterMs);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, signalledAtMs, exitedAtMs: performance.now() }),
    );
  });
}

export function tempDir(prefix = 'alpenglow-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeConfig(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
