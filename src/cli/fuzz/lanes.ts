import { Worker } from 'node:worker_threads';
import { type RunEnvironment, type RunOutcome, runOne } from './run-one.ts';
import type { FuzzSetting } from './setting.ts';

/** Where campaign runs execute: this thread, or one worker thread per lane (--workers > 1). */
export interface Lane {
  run(seed: number, setting: FuzzSetting): Promise<RunOutcome>;
  close(): Promise<void>;
}

/** How a lane is made: tests put a driver of their own behind the real campaign and corpus. */
export type LaneFactory = (env: RunEnvironment, workers: number) => Lane;

/** Runs on this thread: what one worker means (and what tests in this process use). */
export function threadLane(env: RunEnvironment): Lane {
  return { run: (seed, setting) => runOne(seed, setting, env), close: async () => {} };
}

/**
 * A worker thread that runs one run at a time (src/cli/fuzz/worker-entry.mjs) and posts its
 * outcome back; the corpus is written by this thread alone, so lanes never race on a file.
 */
export function workerLane(env: RunEnvironment): Lane {
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { env } });
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
