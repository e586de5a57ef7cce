import type { ExploreResult, ExploreStats, ExploreViolation, StopReason } from './explore-types.ts';

/** What the explorer knows when it stops, beyond the running stats. */
export interface FinalCounts<A> {
  readonly stats: ExploreStats;
  readonly stopReason: StopReason;
  readonly levelSizes: readonly number[];
  readonly peakHeapBytes: number;
  readonly indexBytes: number;
  readonly symmetry: boolean;
  readonly violations: ExploreViolation<A>[];
}

/** The report of one exploration; rates are per second of wall time, never invented. */
export function buildResult<A>(final: FinalCounts<A>): ExploreResult<A> {
  const { stats } = final;
  const seconds = Math.max(stats.elapsedMs, 1e-3) / 1000;
  return {
    complete: final.stopReason === 'exhausted',
    stopReason: final.stopReason,
    statesExplored: stats.statesExplored,
    uniqueStates: stats.uniqueStates,
    transitions: stats.transitions,
    maxDepth: stats.depth,
    levelSizes: final.levelSizes.slice(),
    durationMs: stats.elapsedMs,
    statesPerSecond: Math.round(stats.statesExplored / seconds),
    uniqueStatesPerSecond: Math.round(stats.uniqueStates / seconds),
    peakHeapBytes: final.peakHeapBytes,
    indexBytes: final.indexBytes,
    symmetry: final.symmetry,
    violations: final.violations,
  };
}
