import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIO_NAMES } from '../../scenarios/types.ts';

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
    /** Send the signal once this returns true (polled every 20 ms), e.g. a file has some lines: a phase too. */
    signalWhenReady?: () => boolean;
    /** SIGKILL the child this long after the signal, so a run that ignores it fails its test instead of hanging it. */
    killAfterSignalMs?: number;
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
    let watchdog: NodeJS.Timeout | null = null;
    const send = () => {
      signalledAtMs = performance.now();
      child.kill(options.signal ?? 'SIGINT');
      if (options.killAfterSignalMs !== undefined)
        watchdog = setTimeout(() => child.kill('SIGKILL'), options.killAfterSignalMs);
    };
    const poll = options.signalWhenReady
      ? setInterval(() => {
          if (!options.signalWhenReady?.()) return;
          if (poll) clearInterval(poll);
          send();
        }, 20)
      : null;
    child.stderr.on('data', (d) => {
      stderr += d;
      if (options.signalWhen && !armed && options.signalWhen.test(stderr)) {
        armed = true;
        setTimeout(send, options.signalAfterMs ?? 0);
      }
    });
    if (options.signalAfterMs !== undefined && !options.signalWhen && !options.signalWhenReady)
      setTimeout(send, options.signalAfterMs);
    child.on('close', (code, signal) => {
      if (poll) clearInterval(poll);
      if (watchdog) clearTimeout(watchdog);
      resolve({ code, signal, stdout, stderr, signalledAtMs, exitedAtMs: performance.now() });
    });
  });
}

/**
 * Runs the CLI in this process, as bin/alpenglow would from the repository root: launch.ts's
 * routing and its input checks, then the command, with stdout and stderr captured line for line
 * as the console would get them. A scenario runs on this thread instead of a worker. That saves
 * a Node start-up and two loads of the CLI's bundle (about 0.4 s of CPU; 2 s through tsx) per
 * call, so it is for tests of what a command says, writes and exits with. A test whose subject is the process itself (a signal,
 * `--timeout` counted from the process's start, the bin wrapper, another working directory, a
 * run that could hang) uses runCli.
 */
export async function runInProcess(
  args: readonly string[],
  options: { env?: Record<string, string> } = {},
): Promise<CliResult> {
  const [command] = args;
  if (
    (SCENARIO_NAMES as readonly string[]).includes(command ?? '') &&
    args.some((a) => a.startsWith('--timeout'))
  )
    throw new Error('runInProcess: a scenario --timeout counts from the process start; use runCli');
  if (process.cwd() !== REPO.replace(/\/$/, ''))
    throw new Error(
      `runInProcess: relative paths need the repository as cwd (it is ${process.cwd()}); use runCli`,
    );
  let stdout = '';
  let stderr = '';
  const io = {
    out: (line: string) => {
      stdout += `${line}\n`;
    },
    err: (line: string) => {
      stderr += `${line}\n`;
    },
  };
  // Loaded on first use: most users of this file only want tempDir or runCli.
  const [{ launch }, { main }] = await Promise.all([
    import('../../src/cli/launch.ts'),
    import('../../src/cli/main.ts'),
  ]);
  const restore = withEnv(options.env ?? {});
  try {
    const code = await launch(args, io, (argv, scenarioIo) => main(argv, scenarioIo));
    return { code, signal: null, stdout, stderr };
  } finally {
    restore();
  }
}

/** Sets environment variables for one in-process run; returns what puts the old values back. */
function withEnv(env: Record<string, string>): () => void {
  const before = Object.entries(env).map(([key]) => [key, process.env[key]] as const);
  Object.assign(process.env, env);
  return () => {
    for (const [key, value] of before) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

export function tempDir(prefix = 'alpenglow-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeConfig(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
