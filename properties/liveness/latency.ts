import type { TimedObservations } from '../../src/model/observations.ts';

/** Proposal-to-finalization latency per (validator, block), in ms, for blocks finalized directly. */
export function finalizationLatencies(obs: TimedObservations): number[] {
  const proposedAt = new Map(obs.proposals.map((p) => [p.block, p.atMs]));
  const latencies: number[] = [];
  for (const f of obs.finalized) {
    const at = proposedAt.get(f.block);
    if (at !== undefined) latencies.push(f.atMs - at);
  }
  return latencies.sort((a, b) => a - b);
}

/** Nearest-rank percentile of sorted values (null when there are none). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface LatencySummary {
  readonly samples: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

export function summarizeLatency(obs: TimedObservations): LatencySummary {
  return summarizeLatencies(finalizationLatencies(obs));
}

/** Percentiles of latencies gathered from several runs (each run's own blocks paired in it). */
export function summarizeLatencies(latenciesMs: readonly number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? null,
  };
}
