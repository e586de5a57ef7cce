import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { repoPath } from '../core/repo-root.ts';
import type { TestReport } from '../report/types.ts';
import { BUNDLE_URL } from './bundle-mode.ts';
import { writeFailure, writeJsonAtomic } from './io.ts';
import type { Output } from './output.ts';
import { SIGNAL_EXIT_CODES, type StopSignal } from './signal-latch.ts';
import { STOP_CODES, type WorkerInput, type WorkerMessage } from './worker-channel.ts';

/**
 * How long a stopped run may take to reach a stop point before the main thread ends it. Every
 * long loop polls the stop flag at least once per step, so only a single pathological step
 * (building the model of a huge config) ever comes near this.
 */
export const STOP_GRACE_MS = 3_000;

type StopCause = StopSignal | 'timeout' | 'out of memory';
const EXIT_CODES: Record<StopCause, number> = { ...SIGNAL_EXIT_CODES, timeout: 124, 'out of memory': 1 };

/**
 * Runs a scenario command in a worker thread (TigerBeetle-style: the work never owns the thread
 * that must stop it). The main thread turns signals into the shared stop flag and keeps a
 * watchdog: if the worker has not finished `STOP_GRACE_MS` after a signal or after `--timeout`
 * ran out, it is terminated and the report skeleton it announced is written, marked as such.
 * A second signal leaves at once, as before.
 */
export function runInWorker(argv: readonly string[], io: Output): Promise<number> {
  const stopFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(stopFlag);
  const data: WorkerInput = {
    argv,
    stopFlag,
    stderrIsTTY: process.stderr.isTTY === true,
    processStartEpochMs: performance.timeOrigin,
    bundleUrl: BUNDLE_URL,
  };
  // The worker gets most of this thread's heap limit (so --max-old-space-size still applies);
  // running out of it then ends the worker, not the process, and the report is still written.
  // The margin keeps V8's own last-resort collection of the worker inside what the process has.
  const maxOldGenerationSizeMb = Math.floor((0.85 * getHeapStatistics().heap_size_limit) / 2 ** 20);
  const worker = new Worker(repoPath('src', 'cli', 'worker-entry.mjs'), {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb },
  });
  const host = new HostState();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (code: number) => {
      if (settled) return;
      settled = true;
      host.dispose();
      resolve(code);
    };
    let givenUp = false;
    const giveUp = (cause: StopCause) => {
      if (settled || givenUp || host.exitCode !== null) return;
      givenUp = true;
      void worker.terminate().then(() => finish(host.writeEmergency(cause, io)));
    };
    host.onSignals((signal) => {
      if (Atomics.load(flag, 0) !== 0) process.exit(EXIT_CODES[signal]); // a second signal: leave now
      Atomics.store(flag, 0, STOP_CODES[signal]);
      io.err(`\n${signal} received: stopping, the report will still be written`);
      host.later(STOP_GRACE_MS, () => giveUp(signal));
    });
    worker.on('message', (message: WorkerMessage) => {
      host.receive(message, (delayMs) => host.later(delayMs, () => giveUp('timeout')));
    });
    worker.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        io.err(
          `error: out of memory (heap limit ${maxOldGenerationSizeMb} MB): the model of this config does not fit; use fewer validators or max_rounds, or raise node's --max-old-space-size`,
        );
        givenUp = true;
        finish(host.writeEmergency('out of memory', io));
        return;
      }
      io.err(`internal error (a bug in alpenglow, please report it): ${error.stack ?? String(error)}`);
      host.exitCode ??= 1;
    });
    worker.on('exit', () => {
      if (!givenUp) finish(host.exitCode ?? 1);
    });
  });
}

/** What the host knows of the run: the announced report skeleton, the latest progress, its timers. */
class HostState {
  exitCode: number | null = null;
  private started: Extract<WorkerMessage, { type: 'started' }> | null = null;
  private progress: Extract<WorkerMessage, { type: 'progress' }> | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly handlers: [NodeJS.Signals, () => void][] = [];
  private readonly startedMs = performance.now();

  onSignals(handle: (signal: 'SIGINT' | 'SIGTERM') => void): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const handler = () => handle(signal);
      process.on(signal, handler);
      this.handlers.push([signal, handler]);
    }
  }

  receive(message: WorkerMessage, armDeadline: (delayMs: number) => void): void {
    if (message.type === 'done') this.exitCode = message.exitCode;
    else if (message.type === 'progress') this.progress = message;
    else {
      this.started = message;
      if (message.deadlineEpochMs !== null)
        armDeadline(Math.max(0, message.deadlineEpochMs - epochNowMs()) + STOP_GRACE_MS);
    }
  }

  later(delayMs: number, run: () => void): void {
    const timer = setTimeout(run, delayMs);
    timer.unref();
    this.timers.push(timer);
  }

  /** Writes the announced skeleton, saying that the run was cut where no stop point was reached. */
  writeEmergency(cause: StopCause, io: Output): number {
    const code = EXIT_CODES[cause];
    const started = this.started;
    if (!started) {
      io.err(`error: the run was stopped (${cause}) before it had resolved its settings; no report written`);
      return code;
    }
    const where = this.progress
      ? `during ${this.progress.phase} (${this.progress.runs} runs, ${this.progress.states} states so far)`
      : 'before its first progress report';
    const why =
      cause === 'out of memory'
        ? 'the run ran out of memory'
        : `the run did not reach a stop point within ${STOP_GRACE_MS} ms of the ${cause === 'timeout' ? '--timeout deadline' : cause}`;
    const note = `${why} and was ended ${where}; nothing it found was lost (traces are written when found)`;
    const report: TestReport = {
      ...started.skeleton,
      duration_ms: Math.round(performance.now() - this.startedMs),
      states_explored: this.progress?.states ?? 0,
      success: false,
      interrupted: true,
      exit_code: code,
      metrics: { ...started.skeleton.metrics, timeouts: cause === 'timeout' ? 1 : 0 },
      extra: { ...started.skeleton.extra, stopped_without_stop_point: note },
    };
    try {
      writeJsonAtomic(started.output, report);
      io.err(`note: ${note}`);
      io.err(`report: ${started.output}`);
    } catch (error) {
      io.err(`error: ${writeFailure(started.output, 'report', error)}`);
      return 1;
    }
    return code;
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    for (const [signal, handler] of this.handlers) process.off(signal, handler);
  }
}

export function epochNowMs(): number {
  return performance.timeOrigin + performance.now();
}
