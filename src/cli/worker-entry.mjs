// A worker thread's entry point (src/cli/worker-host.ts): loads the TypeScript CLI through tsx,
// as bin/alpenglow does, and runs one command with the stop flag the main thread shares.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts'); // in the worker: the scenario command itself
const exitCode = await main(workerData.argv);
parentPort.postMessage({ type: 'done', exitCode });
