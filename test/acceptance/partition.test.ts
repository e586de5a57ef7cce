import { describe, expect, it } from 'vitest';
import { runTimed, timedConfig } from '../helpers/timed.ts';

/**
 * Issue acceptance: a partition that leaves no side with S of the stake (it isolates more than
 * 1 − S) stalls finalization; once it heals the chain finalizes again. Six equal validators
 * split 3/3: each side holds 50% < S = 60%.
 */
describe('partitions', () => {
  const config = timedConfig({ validators: 6, max_rounds: 24 });
  const partition = { fromMs: 2_000, toMs: 9_000, side: [0, 1, 2] };
  const outcome = runTimed(config, { plan: { partitions: [partition], spikes: [] }, leaderOffset: 0 });

  it('finalizes nothing new while both sides are below S', () => {
    // Votes already in flight when it forms may still land for a short while (one Δ).
    const during = outcome.obs.finalized.filter(
      (f) => f.atMs > partition.fromMs + 200 && f.atMs < partition.toMs,
    );
    expect(during).toEqual([]);
    expect(outcome.obs.finalized.some((f) => f.atMs < partition.fromMs)).toBe(true);
  });

  it('finalizes again after it heals, and liveness holds from then on', () => {
    const after = outcome.obs.finalized.filter((f) => f.atMs >= partition.toMs);
    expect(after.length).toBeGreaterThan(0);
    const highestBefore = Math.max(
      ...outcome.obs.finalized.filter((f) => f.atMs < partition.toMs).map((f) => f.slot),
    );
    expect(Math.max(...after.map((f) => f.slot))).toBeGreaterThan(highestBefore);
    expect(outcome.verdicts.EventualProgress).toBeNull();
    expect(outcome.verdicts.HonestWindowFinalized).toBeNull();
  });

  it('a partition that keeps S on one side does not stop that side', () => {
    const five = runTimed(timedConfig({ validators: 5, max_rounds: 24 }), {
      plan: { partitions: [{ fromMs: 2_000, toMs: 9_000, side: [0, 1, 2] }], spikes: [] },
    });
    const during = five.obs.finalized.filter((f) => f.atMs > 2_500 && f.atMs < 9_000);
    expect(new Set(during.map((f) => f.node))).toEqual(new Set([0, 1, 2]));
  });
});
