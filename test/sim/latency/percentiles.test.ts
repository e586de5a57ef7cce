import { describe, expect, it } from 'vitest';
import type { LatencySample } from '../../../src/sim/latency/breakdown.ts';
import { stakePercentiles } from '../../../src/sim/latency/percentiles.ts';

const sample = (node: number, slot: number, totalMs: number): LatencySample => ({
  node,
  slot,
  leader: 0,
  totalMs,
  networkMs: totalMs / 2,
  rotorMs: 0,
  notarizationMs: totalMs / 2,
  finalizationMs: 0,
});

// Stakes 60, 30, 10 (exact bigint, as lamports beyond 2^53 would be).
const STAKES = [60n * 10n ** 15n, 30n * 10n ** 15n, 10n * 10n ** 15n];
const stakeOf = (v: number) => STAKES[v] as bigint;
const total = STAKES.reduce((a, b) => a + b, 0n);

describe('stake-weighted latency percentiles', () => {
  it('gives at p the first node by which p % of the stake finalized, averaged over slots', () => {
    const samples = [
      sample(0, 1, 100),
      sample(1, 1, 50),
      sample(2, 1, 10),
      sample(0, 2, 200),
      sample(1, 2, 60),
      sample(2, 2, 20),
    ];
    const { rows, slots } = stakePercentiles(samples, stakeOf, total, [10, 11, 40, 41, 100]);
    expect(slots).toBe(2);
    // Sorted by latency: node 2 (10 %), node 1 (40 % cumulative), node 0 (100 %).
    expect(rows.map((r) => r.totalMs)).toEqual([15, 55, 55, 150, 150]);
    expect(rows[0]?.networkMs).toBe(7.5);
  });

  it('leaves out a slot in which some correct stake never finalized', () => {
    const samples = [sample(0, 1, 100), sample(1, 1, 50), sample(2, 2, 10)];
    const { rows, slots } = stakePercentiles(samples, stakeOf, total, [50]);
    expect(slots).toBe(0);
    expect(rows[0]?.totalMs).toBeNaN();
  });
});

describe('each event on its own percentile (the authors’ plot)', () => {
  it('splits the bar where the earlier events’ percentiles fall, not by one node’s stages', () => {
    const half = (v: number) => [50n, 50n][v] as bigint;
    const a: LatencySample = {
      node: 0,
      slot: 1,
      leader: 0,
      totalMs: 60,
      networkMs: 40,
      rotorMs: 5,
      notarizationMs: 5,
      finalizationMs: 10,
    };
    const b: LatencySample = {
      node: 1,
      slot: 1,
      leader: 0,
      totalMs: 100,
      networkMs: 10,
      rotorMs: 10,
      notarizationMs: 30,
      finalizationMs: 50,
    };
    const [row] = stakePercentiles([a, b], half, 100n, [50]).rows;
    // p50: direct by 10 (b), block by 20 (b), Notarization by 50 (b, a at 50 too), final by 60 (a).
    expect(row).toMatchObject({
      totalMs: 60,
      networkMs: 10,
      rotorMs: 10,
      notarizationMs: 30,
      finalizationMs: 10,
    });
  });
});
