import { describe, expect, it } from 'vitest';
import { summarizeLatency } from '../../properties/liveness/latency.ts';
import { runTimed, timedConfig } from '../helpers/timed.ts';

/**
 * Issue acceptance: with every validator correct and a fixed one-way delay δ (no jitter, ample
 * bandwidth), a block is finalized on the fast path one voting round after it is held: Rotor 2δ
 * plus one δ (reference §7.14, notes §7.4: "FastFinalCert at t0 + 3δ"). With 25–40% of the stake
 * slow, the 80% quorum waits for a slow validator and the slow path (NotarCert + FinalCert, 4δ)
 * finalizes first. Tolerance: +5 ms of transmission and rounding.
 */
const FIXED = { jitterMs: 0 };
const AMPLE = { bandwidth_limit: 1_000_000_000, timeout_ms: 3_000 };

describe('finalization latency', () => {
  for (const delta of [50, 100, 200]) {
    it(`all correct, δ = ${delta} ms: fast path at 3δ`, () => {
      const { obs, verdicts } = runTimed(timedConfig({ validators: 5, network_delay: delta, ...AMPLE }), {
        params: FIXED,
      });
      const lat = summarizeLatency(obs);
      expect(obs.finalized.every((f) => f.path === 'fast')).toBe(true);
      expect(lat.p50).toBeGreaterThanOrEqual(3 * delta);
      expect(lat.max).toBeLessThanOrEqual(3 * delta + 5);
      expect(verdicts.FinalizationLatency).toBeNull();
    });
  }

  for (const [validators, slow] of [
    [5, 2],
    [7, 2],
    [10, 3],
  ] as const) {
    it(`${slow} of ${validators} validators slow (${Math.round((100 * slow) / validators)}% of stake): slow path at 4δ`, () => {
      const delta = 100;
      const slowExtraMs = Array.from({ length: validators }, (_, v) =>
        v >= validators - slow ? 10 * delta : 0,
      );
      const { obs } = runTimed(timedConfig({ validators, network_delay: delta, ...AMPLE }), {
        params: { ...FIXED, slowExtraMs },
      });
      // Blocks of fast leaders, finalized by fast validators.
      const fastLeaders = new Set(
        obs.proposals.filter((p) => p.node < validators - slow).map((p) => p.block),
      );
      const mine = obs.finalized.filter((f) => f.node < validators - slow && fastLeaders.has(f.block));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((f) => f.path === 'slow')).toBe(true);
      const lat = summarizeLatency({ ...obs, finalized: mine });
      expect(lat.p50).toBeGreaterThanOrEqual(4 * delta);
      expect(lat.max).toBeLessThanOrEqual(4 * delta + 5);
    });
  }
});
