import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { repoPath } from '../../core/repo-root.ts';
import { shellQuote } from '../../core/shell-quote.ts';
import type { TestReport } from '../../report/types.ts';
import { cliInvocation } from '../command-line.ts';
import { SIGNAL_EXIT_CODES } from '../signal-latch.ts';

export type JobStatus = 'pass' | 'violation' | 'error' | 'timeout' | 'interrupted';

export interface JobOutcome {
  readonly status: JobStatus;
  readonly exitCode: number;
  readonly durationMs: number;
  readonly report: TestReport | null;
  /** The child's first `error:` line, so a summary can say why a job failed without its log. */
  readonly firstError: string | null;
}

const BIN = repoPath('bin', 'alpenglow');

/**
 * Runs one scenario as a child process of this same CLI (like the guide's script invoking each
 * scenario binary): stdout and stderr go to the job's log; its exit code gives the status.
 */
export function runJob(args: readonly string[], logPath: string, reportPath: string): Promise<JobOutcome> {
  const started = performance.now();
  const log = createWriteStream(logPath);
  log.write(`$ ${cliInvocation()} ${args.map(shellQuote).join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let stderrHead = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderrHead.length < 4096) stderrHead += chunk.toString('utf8');
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      log.end();
      // Killed by a signal before it could handle it (still starting up): the shell's 128 + n.
      const exitCode = code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? SIGNAL_EXIT_CODES[signal] : 1);
      resolve({
        status: statusOf(exitCode),
        exitCode,
        durationMs: performance.now() - started,
        report: readReport(reportPath),
        firstError: firstErrorLine(stderrHead),
      });
    });
  });
}

function statusOf(exitCode: number): JobStatus {
  if (exitCode === 0) return 'pass';
  if (exitCode === 124) return 'timeout';
  if (Object.values(SIGNAL_EXIT_CODES).includes(exitCode)) return 'interrupted';
  return exitCode === 1 ? 'violation' : 'error';
}

function readReport(path: string): TestReport | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as TestReport;
  } catch {
    return null;
  }
}

function firstErrorLine(stderr: string): string | null {
  const line = stderr.split('\n').find((l) => l.startsWith('error: ') || l.startsWith('internal error'));
  return line === undefined ? null : line.replace(/^error: /, '');
}
