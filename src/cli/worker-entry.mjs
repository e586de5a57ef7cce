// A worker thread's entry point (src/cli/worker-host.ts): loads the code its host runs
// (load-code.mjs) and runs one command with the stop flag the main thread shares.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCode } from './load-code.mjs';

// In the worker: the scenario command itself.
const { main } = await loadCode(
  workerData.bundleUrl,
  (bundle) => bundle.loadMain(),
  () => import('./main.ts'),
);
const exitCode = await main(workerData.argv);
parentPort.postMessage({ type: 'done', exitCode });
