import { explore } from '../src/check/explore.ts';
import { benchModel, inFlightAtMost } from './alpenglow-configs.ts';

/**
 * Measures an exploration that stores more than a million distinct states: 4 correct validators,
 * one slot, at most 7 messages in flight, every safety invariant checked on every new state.
 * Run it with a 200 MB heap cap to show the run fits:
 *   node --max-old-space-size=200 --expose-gc --import tsx bench/explorer-memory.ts [--symmetry] [--flight=7]
 * With --expose-gc the live heap is also measured after a full collection at each progress report
 * (heapUsed alone includes garbage not yet collected).
 */
const symmetry = process.argv.includes('--symmetry');
const flightArg = process.argv.find((a) => a.startsWith('--flight='));
const flight = flightArg ? Number(flightArg.slice('--flight='.length)) : 7;
const gc = (globalThis as { gc?: () => void }).gc;
const { model, invariants } = benchModel(4);
let liveHeapPeak = 0;
let lastReport = 0;

const result = explore(model, invariants, {
  maxDepth: 1000,
  symmetry,
  constraint: inFlightAtMost(flight),
  onProgress: (stats) => {
    if (gc && stats.uniqueStates - lastReport >= 50_000) {
      lastReport = stats.uniqueStates;
      gc();
      liveHeapPeak = Math.max(liveHeapPeak, process.memoryUsage().heapUsed);
    }
  },
});

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
console.log(
  JSON.stringify(
    {
      config: `4 correct validators, maxSlot 1, thresholds 0.8/0.6, in-flight ≤ ${flight}`,
      symmetry: result.symmetry,
      complete: result.complete,
      stopReason: result.stopReason,
      uniqueStates: result.uniqueStates,
      statesExplored: result.statesExplored,
      transitions: result.transitions,
      maxDepth: result.maxDepth,
      durationS: +(result.durationMs / 1000).toFixed(1),
      statesPerSecond: result.statesPerSecond,
      uniqueStatesPerSecond: result.uniqueStatesPerSecond,
      peakHeapUsedSampled: mb(result.peakHeapBytes),
      peakLiveHeapAfterGc: gc ? mb(liveHeapPeak) : null,
      indexBuffers: mb(result.indexBytes),
      maxRss: mb(process.resourceUsage().maxRSS * 1024),
      heapLimit: process.execArgv.find((a) => a.startsWith('--max-old-space-size')) ?? 'default',
      violations: result.violations.map((v) => `${v.property} at depth ${v.depth}`),
    },
    null,
    2,
  ),
);
