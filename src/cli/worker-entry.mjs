// A worker thread's entry point (src/cli/worker-host.ts): loads the code its host runs (the CLI's
// cached bundle, or the TypeScript sources through tsx, as bin/alpenglow does) and runs one
// command with the stop flag the main thread shares.
import { parentPort, workerData } from 'node:worker_threads';

async function loadMain() {
  if (workerData.bundleUrl) {
    process.setSourceMapsEnabled(true); // as bin/alpenglow: stack traces name the sources
    return (await import(workerData.bundleUrl)).loadMain();
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('./main.ts');
}

const { main } = await loadMain(); // in the worker: the scenario command itself
const exitCode = await main(workerData.argv);
parentPort.postMessage({ type: 'done', exitCode });
