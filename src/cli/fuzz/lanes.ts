import { Worker } from 'node:worker_threads';
import { repoPath } from '../../core/repo-root.ts';
import { BUNDLE_URL } from '../bundle-mode.ts';
import { type RunEnvironment, type RunOutcome, runOne } from './run-one.ts';
import type { FuzzSetting } from './setting.ts';

/** Where campaign runs execute: this thread (tests), or one worker thread per lane. */
export interface Lane {
  run(seed: number, setting: FuzzSetting): Promise<RunOutcome>;
  close(): Promise<void>;
}

/**
 * The campaign's stop flag, shared with every lane's thread: 0 until the first signal, then 1.
 * A worker reads it between any two steps of its run, whatever its own thread is doing.
 */
export type StopFlag = Int32Array;

export function newStopFlag(): StopFlag {
  return new Int32Array(new SharedArrayBuffer(4));
}

export function isStopped(flag: StopFlag): boolean {
  return Atomics.load(flag, 0) !== 0;
}

export function raiseStop(flag: StopFlag): void {
  Atomics.store(flag, 0, 1);
}

/** How a lane is made: tests put a driver of their own behind the real campaign and corpus. */
export type LaneFactory = (env: RunEnvironment, workers: number, stop: StopFlag) => Lane;

/**
 * Runs on this thread. A signal is only heard where the run yields to the event loop (between
 * schedules), so the CLI does not use it: a long schedule would hold the signal back.
 */
export function threadLane(env: RunEnvironment, stop: StopFlag): Lane {
  return { run: (seed, setting) => runOne(seed, setting, env, () => isStopped(stop)), close: async () => {} };
}

/**
 * A worker thread that runs one run at a time (src/cli/fuzz/worker-entry.mjs) and posts its
 * outcome back; the corpus is written by this thread alone, so lanes never race on a file. This
 * thread stays free to hear signals, and the run reads `stop` between its steps.
 */
export function workerLane(env: RunEnvironment, stop: StopFlag): Lane {
  const worker = new Worker(repoPath('src', 'cli', 'fuzz', 'worker-entry.mjs'), {
    workerData: { env, stop: stop.buffer, bundleUrl: BUNDLE_URL },
  });
  worker.unref();
  let pending: { resolve: (o: RunOutcome) => void; reject: (e: Error) => void } | null = null;
  worker.on('message', (outcome: RunOutcome) => {
    const p = pending;
    pending = null;
    p?.resolve(outcome);
  });
  worker.on('error', (error) => {
    const p = pending;
    pending = null;
    p?.reject(error);
  });
  return {
    run: (seed, setting) =>
      new Promise((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage({ seed, setting });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
