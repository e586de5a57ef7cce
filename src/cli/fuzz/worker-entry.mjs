// A fuzz lane's worker thread (src/cli/fuzz/lanes.ts): loads the code its host runs (the CLI's
// cached bundle, or the TypeScript sources through tsx, as bin/alpenglow does), then runs one
// campaign run per message and posts its outcome back. The campaign's stop flag (shared memory)
// is read between the run's steps.
import { parentPort, workerData } from 'node:worker_threads';

async function loadRunOne() {
  if (workerData.bundleUrl) {
    process.setSourceMapsEnabled(true); // as bin/alpenglow: stack traces name the sources
    return (await import(workerData.bundleUrl)).loadRunOne();
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('./run-one.ts');
}

const { runOne } = await loadRunOne();
const stop = new Int32Array(workerData.stop);
const shouldStop = () => Atomics.load(stop, 0) !== 0;
parentPort.on('message', async ({ seed, setting }) => {
  parentPort.postMessage(await runOne(seed, setting, workerData.env, shouldStop));
});
