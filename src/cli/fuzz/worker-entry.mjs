// A fuzz lane's worker thread (src/cli/fuzz/lanes.ts): loads the code its host runs
// (load-code.mjs), then runs one campaign run per message and posts its outcome back. The
// campaign's stop flag (shared memory) is read between the run's steps.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCode } from '../load-code.mjs';

const { runOne } = await loadCode(
  workerData.bundleUrl,
  (bundle) => bundle.loadRunOne(),
  () => import('./run-one.ts'),
);
const stop = new Int32Array(workerData.stop);
const shouldStop = () => Atomics.load(stop, 0) !== 0;
parentPort.on('message', async ({ seed, setting }) => {
  parentPort.postMessage(await runOne(seed, setting, workerData.env, shouldStop));
});
