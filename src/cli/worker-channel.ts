import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { TestReport } from '../report/types.ts';

/**
 * The worker side of src/cli/worker-host.ts. A scenario runs in a worker thread so that the main
 * thread is always free to receive SIGINT/SIGTERM and to watch the deadline, however long a
 * synchronous phase of the search takes. What crosses over:
 * - a shared stop flag the main thread sets on a signal, polled by StopController.shouldStop;
 * - a "started" message with the output path, the deadline and a report skeleton, so the main
 *   thread can still write a schema-valid report if the worker never reaches a stop point;
 * - the latest progress, for that report.
 */
export interface WorkerInput {
  readonly argv: readonly string[];
  readonly stopFlag: SharedArrayBuffer;
  readonly stderrIsTTY: boolean;
  /** When the process started (epoch ms): --timeout counts from there, start-up included. */
  readonly processStartEpochMs: number;
  /** The host's bundle (bundle-mode.ts), which the worker loads too; null: the sources, through tsx. */
  readonly bundleUrl: string | null;
}

export type WorkerMessage =
  | {
      readonly type: 'started';
      readonly output: string;
      readonly deadlineEpochMs: number | null;
      readonly skeleton: TestReport;
    }
  | { readonly type: 'progress'; readonly phase: string; readonly runs: number; readonly states: number }
  | { readonly type: 'done'; readonly exitCode: number };

/** 0 none, 1 SIGINT, 2 SIGTERM: what the main thread stores in the shared flag. */
export const STOP_CODES = { SIGINT: 1, SIGTERM: 2 } as const;

function input(): WorkerInput | null {
  return !isMainThread && workerData && (workerData as WorkerInput).stopFlag
    ? (workerData as WorkerInput)
    : null;
}

/** The flag the main thread sets on a signal, or null when this code runs on the main thread. */
export function sharedStopFlag(): Int32Array | null {
  const data = input();
  return data ? new Int32Array(data.stopFlag) : null;
}

/** When this process started, as epoch milliseconds (the host's start when this is a worker). */
export function processStartEpochMs(): number {
  return input()?.processStartEpochMs ?? performance.timeOrigin;
}

/** Whether progress may be drawn: a worker's own stderr is never a TTY, the process's may be. */
export function stderrIsTTY(): boolean {
  return input()?.stderrIsTTY ?? process.stderr.isTTY === true;
}

export function tellHost(message: WorkerMessage): void {
  if (input()) parentPort?.postMessage(message);
}

/** Progress for the host, at most four times a second. */
export function progressReporter(): (p: { phase: string; runs: number; states: number }) => void {
  let lastMs = -Infinity;
  return (p) => {
    const now = performance.now();
    if (now - lastMs < 250) return;
    lastMs = now;
    tellHost({ type: 'progress', phase: p.phase, runs: p.runs, states: p.states });
  };
}
