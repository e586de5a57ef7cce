import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../core/repo-root.ts';
import type { TlaValue } from './tla-value.ts';
import { forEachDumpState } from './tlc-dump.ts';
import type { TlcTool } from './tlc-locate.ts';
import { parseTlcOutput, type TlcOutput } from './tlc-output.ts';

/** The repository's tla/ folder: Alpenglow.tla and AlpenglowTrace.tla, found by TLC as a library. */
export const SPEC_DIR = `${repoPath('tla')}/`;

/** One TLC run: a generated root module and its .cfg (the spec itself stays in `specDir`). */
export interface TlcJob {
  readonly moduleName: string;
  readonly module: string;
  readonly cfg: string;
  /** TLC's own deadlock check; off (-deadlock) for the model, on for trace checking. */
  readonly checkDeadlock: boolean;
  readonly timeoutMs: number;
  /** Polled every 100 ms while TLC runs (a signal, the --timeout deadline): true kills it. */
  readonly shouldStop?: () => boolean;
  /** When set, TLC writes every distinct state (-dump) and each is handed here after the run. */
  readonly onDumpState?: (vars: ReadonlyMap<string, TlaValue>, index: number) => void;
  readonly specDir?: string;
}

export interface TlcRun extends TlcOutput {
  /** True when TLC was killed before it finished: its timeout passed, or the run was stopped. */
  readonly timedOut: boolean;
  /** Wall time of the java process (JVM start and parsing included). */
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly stdout: string;
}

/**
 * Runs `java -cp jar tlc2.TLC -workers 1 ...` in a fresh temp dir (the only place xval writes),
 * with a wall-clock timeout, and parses what TLC prints. The temp dir is removed afterwards.
 */
export async function runTlc(tool: TlcTool, job: TlcJob): Promise<TlcRun> {
  const dir = mkdtempSync(join(tmpdir(), 'alpenglow-tlc-'));
  try {
    writeFileSync(join(dir, `${job.moduleName}.tla`), job.module);
    writeFileSync(join(dir, `${job.moduleName}.cfg`), job.cfg);
    const dumpBase = join(dir, 'dump');
    const args = [
      '-XX:+UseParallelGC',
      // Alpenglow.tla is read where it lives instead of being copied next to the root module.
      `-DTLA-Library=${job.specDir ?? SPEC_DIR}`,
      '-cp',
      tool.jar,
      'tlc2.TLC',
      '-workers',
      '1',
      ...(job.checkDeadlock ? [] : ['-deadlock']),
      '-metadir',
      join(dir, 'states'),
      ...(job.onDumpState ? ['-dump', dumpBase] : []),
      '-config',
      `${job.moduleName}.cfg`,
      `${job.moduleName}.tla`,
    ];
    const started = performance.now();
    const proc = await spawnCollect(tool.java, args, dir, job.timeoutMs, job.shouldStop);
    const wallMs = performance.now() - started;
    const onDump = job.onDumpState;
    if (onDump && !proc.timedOut) {
      // TLC adds ".dump" to the name it is given.
      const file = [`${dumpBase}.dump`, dumpBase].find((f) => existsSync(f));
      if (file) await forEachDumpState(file, onDump);
    }
    return { ...parseTlcOutput(proc.stdout), ...proc, wallMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Collected {
  readonly stdout: string;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
}

/** Spawns and collects stdout+stderr; kills the process (only it) when the timeout passes or a stop is asked. */
function spawnCollect(
  cmd: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
  shouldStop?: () => boolean,
): Promise<Collected> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let timedOut = false;
    const kill = () => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(kill, timeoutMs);
    // TLC is the one phase that cannot poll a flag itself: poll for it.
    const poll = shouldStop ? setInterval(() => shouldStop() && kill(), 100) : null;
    const done = () => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
    };
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (err) => {
      done();
      resolve({ stdout: `Error: cannot run ${cmd}: ${err.message}`, exitCode: null, timedOut });
    });
    child.on('close', (code) => {
      done();
      resolve({ stdout: Buffer.concat(chunks).toString('utf8'), exitCode: code, timedOut });
    });
  });
}
