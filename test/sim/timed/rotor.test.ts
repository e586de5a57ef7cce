import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { NO_FAULTS } from '../../../src/sim/timed/fault-plan.ts';
import { NetworkTiming } from '../../../src/sim/timed/network.ts';
import type { TimedParams } from '../../../src/sim/timed/params.ts';
import { rotorArrivals, rotorDeliveries } from '../../../src/sim/timed/rotor.ts';

/** Five equal validators, Γ = 5 shreds, any γ = 3 rebuild the block: each validator relays exactly one shred. */
function params(shredsNeeded: number): TimedParams {
  return {
    delayMs: 100,
    jitterMs: 0,
    blockTimeMs: 400,
    timeoutMs: 1000,
    gstMs: 0,
    bandwidthBytesPerSec: 1_000_000_000,
    shredsNeeded,
    shreds: 5,
    blockBytes: 3000,
    voteBytes: 196,
    certBytes: 384,
    slowExtraMs: [],
    standstillMs: 10_000,
    timeoutGrowth: false,
  };
}

function arrivals(shredsNeeded: number, crashed: number[]) {
  const p = params(shredsNeeded);
  const network = new NetworkTiming(p, NO_FAULTS, 5, rngFromSeed('links'));
  const recipients = [1, 2, 3, 4].filter((v) => !crashed.includes(v));
  return rotorArrivals(
    p,
    network,
    { leader: 0, nowMs: 0, stakes: [1n, 1n, 1n, 1n, 1n], forwards: (v) => !crashed.includes(v), recipients },
    rngFromSeed('rotor'),
  );
}

describe('Rotor dissemination (reference §5)', () => {
  it('delivers to everyone after two hops when every relay forwards', () => {
    const got = arrivals(3, []);
    // 2 hops of 100 ms, plus a few ms of shred transmission (rounded up to whole ms).
    for (const v of [1, 2, 3, 4]) expect(got.get(v)).toBeGreaterThanOrEqual(200);
    for (const v of [1, 2, 3, 4]) expect(got.get(v)).toBeLessThanOrEqual(203);
  });

  it('tolerates crashed relays while at least γ relays forward (Def. 6)', () => {
    const got = arrivals(3, [3, 4]); // relays 0, 1, 2 forward: exactly γ = 3 shreds
    expect(got.get(1)).toBeDefined();
    expect(got.get(2)).toBeDefined();
  });

  it('delivers nothing when fewer than γ shreds reach a validator', () => {
    const got = arrivals(3, [2, 3, 4]); // only relays 0 and 1 forward: 2 < γ
    expect(got.get(1)).toBeUndefined();
  });

  it('needs more forwarding relays as γ grows', () => {
    expect(arrivals(5, [4]).get(1)).toBeUndefined(); // γ = Γ: one withholding relay is enough to stop it
    const oneHop = arrivals(1, [2, 3, 4]).get(1) as number; // γ = 1: the leader's own shred, one hop
    expect(oneHop).toBeGreaterThanOrEqual(100);
    expect(oneHop).toBeLessThanOrEqual(102);
  });
});

describe('Rotor slices and per-validator bandwidth', () => {
  // Γ = 5, γ = 3, five equal validators: PS-P gives each validator one relay slot per slice.
  function run(overrides: Partial<TimedParams>) {
    const p = { ...params(3), ...overrides };
    const network = new NetworkTiming(p, NO_FAULTS, 5, rngFromSeed('links'));
    const input = {
      leader: 0,
      nowMs: 0,
      stakes: [1n, 1n, 1n, 1n, 1n],
      forwards: () => true,
      recipients: [1, 2, 3, 4],
    };
    return rotorDeliveries(p, network, input, rngFromSeed('rotor'));
  }

  it('rebuilds the block when every slice has γ shreds: later slices wait behind earlier ones', () => {
    // 8 slices of a 1 MB block at 10 MB/s: each slice's 5 shreds take the leader 20 ms to send.
    const slow = { blockBytes: 1_200_000, bandwidthBytesPerSec: 10_000_000 };
    const one = run({ ...slow, blockSlices: 1 });
    const eight = run({ ...slow, blockSlices: 8 });
    for (const v of [1, 2, 3, 4]) {
      const a = one.get(v);
      const b = eight.get(v);
      // The first shred of eight slices is an eighth of the size: it comes sooner.
      expect(b?.firstMs).toBeLessThan(a?.firstMs as number);
      expect(b?.completeMs).toBeGreaterThan(b?.firstMs as number);
    }
  });

  it('times each relay on its own uplink (uplinkBytesPerSec overrides the shared bandwidth)', () => {
    // γ = Γ = 5: every relay's shred is needed, so a slow relay holds everyone else back.
    const base = { shredsNeeded: 5, blockBytes: 300_000, bandwidthBytesPerSec: 10_000_000 };
    const even = run(base);
    const slowTwo = run({
      ...base,
      uplinkBytesPerSec: [10_000_000, 10_000_000, 100_000, 10_000_000, 10_000_000],
    });
    for (const v of [1, 3, 4])
      expect(slowTwo.get(v)?.completeMs).toBeGreaterThan((even.get(v)?.completeMs as number) + 100);
    // Its own shred came from the leader, whose uplink is unchanged.
    expect(slowTwo.get(2)?.firstMs).toBe(even.get(2)?.firstMs);
  });
});
