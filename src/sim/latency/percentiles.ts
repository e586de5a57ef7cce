import type { LatencySample } from './breakdown.ts';

/** The latency stages at one stake percentile, averaged over the slots of a run. */
export interface PercentileRow {
  readonly percentile: number;
  readonly totalMs: number;
  readonly networkMs: number;
  readonly rotorMs: number;
  readonly notarizationMs: number;
  readonly finalizationMs: number;
}

/** A node's events, in ms after the leader sent the block: each stage's end. */
const EVENTS: readonly ((s: LatencySample) => number)[] = [
  (s) => s.networkMs,
  (s) => s.networkMs + s.rotorMs,
  (s) => s.networkMs + s.rotorMs + s.notarizationMs,
  (s) => s.totalMs,
];

/**
 * Stake-weighted latency by percentile, as the authors' plot draws it (qkniep/alpenglow
 * src/bin/simulations/plot.rs, the white paper's §3.7 figure): in each slot and for each event
 * (direct arrival, block, Notarization, finalization) on its own, the time by which p % of the
 * correct stake had seen it (exact: cumulative × 100 ≥ p × total, in bigint). The bar at p is
 * the finalization percentile, split where the earlier events' percentiles fall. Rows are the
 * mean over slots; a slot in which some correct stake never finalized is left out (the caller
 * reports how many slots counted).
 */
export function stakePercentiles(
  samples: readonly LatencySample[],
  stakeOf: (node: number) => bigint,
  correctStake: bigint,
  percentiles: readonly number[],
): { rows: PercentileRow[]; slots: number } {
  const bySlot = new Map<number, LatencySample[]>();
  for (const s of samples) {
    const list = bySlot.get(s.slot);
    if (list) list.push(s);
    else bySlot.set(s.slot, [s]);
  }
  const sums = percentiles.map(() => [0, 0, 0, 0]);
  let slots = 0;
  for (const list of bySlot.values()) {
    const finalizedStake = list.reduce((sum, s) => sum + stakeOf(s.node), 0n);
    if (finalizedStake < correctStake) continue;
    slots++;
    const sorted = EVENTS.map((event) => list.map((s) => ({ node: s.node, atMs: event(s) })).sort(byTime));
    percentiles.forEach((p, i) => {
      const [direct, block, notar, final] = sorted.map((times) =>
        timeAtPercentile(times, stakeOf, correctStake, p),
      );
      const ends = [direct, block, notar].map((t) => Math.min(t as number, final as number));
      // Stage ends never go back: a later event's percentile below an earlier one's adds 0.
      for (let k = 1; k < 3; k++) ends[k] = Math.max(ends[k] as number, ends[k - 1] as number);
      const stages = [
        ends[0],
        (ends[1] as number) - (ends[0] as number),
        (ends[2] as number) - (ends[1] as number),
        (final as number) - (ends[2] as number),
      ];
      stages.forEach((ms, k) => {
        (sums[i] as number[])[k] = ((sums[i] as number[])[k] as number) + (ms as number);
      });
    });
  }
  const rows = percentiles.map((percentile, i) => {
    const mean = (k: number) => (slots === 0 ? Number.NaN : ((sums[i] as number[])[k] as number) / slots);
    const [networkMs, rotorMs, notarizationMs, finalizationMs] = [0, 1, 2, 3].map(mean) as [
      number,
      number,
      number,
      number,
    ];
    return {
      percentile,
      totalMs: networkMs + rotorMs + notarizationMs + finalizationMs,
      networkMs,
      rotorMs,
      notarizationMs,
      finalizationMs,
    };
  });
  return { rows, slots };
}

const byTime = (a: { node: number; atMs: number }, b: { node: number; atMs: number }) =>
  a.atMs - b.atMs || a.node - b.node;

function timeAtPercentile(
  sorted: readonly { node: number; atMs: number }[],
  stakeOf: (node: number) => bigint,
  total: bigint,
  p: number,
): number {
  let cumulative = 0n;
  const target = BigInt(p) * total;
  for (const s of sorted) {
    cumulative += stakeOf(s.node);
    if (cumulative * 100n >= target) return s.atMs;
  }
  return (sorted.at(-1) as { atMs: number }).atMs;
}
