import { afterEach, describe, expect, it, vi } from 'vitest';
import { adaptiveTimeouts } from '../../scenarios/adaptive-timeouts.ts';
import { loadConfig } from '../../src/cli/config-file.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import type { NodeId, Slot } from '../../src/core/ids.ts';
import { issue13638Config } from '../helpers/adaptive-runs.ts';
import { scenarioContext } from '../helpers/scenario-context.ts';

/**
 * Issue 12 point 5: plausible bugs of standstill and timeout growth, each seeded into the model or
 * the simulator, and the adaptive_timeouts scenario's own driver (not a property on a hand-made
 * run) reporting them: an uncapped multiplier, growth that starts at once, no reset after a
 * finalization, a re-broadcast that sends nothing.
 */
const bug = vi.hoisted(() => ({ uncapped: false, atOnce: false, noReset: false, sendNothing: false }));

vi.mock('../../src/sim/timed/timeout-growth.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/sim/timed/timeout-growth.ts')>();
  return {
    ...original,
    grownMs: (baseMs: number, windows: number) =>
      bug.uncapped
        ? Number((BigInt(baseMs) * 21n ** BigInt(windows)) / 20n ** BigInt(windows))
        : original.grownMs(baseMs, windows),
    // Counting windows from slot 0 when no standstill began: growth from the run's start.
    windowsSinceStandstill: (slot: Slot, from: Slot | null, windowSize: number) =>
      original.windowsSinceStandstill(slot, bug.atOnce ? (from ?? 0) : from, windowSize),
  };
});

vi.mock('../../src/sim/timed/standstill.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/sim/timed/standstill.ts')>();
  /** A finalization that leaves the growth's standstill slot in place. */
  class NoReset extends original.StandstillTracker {
    override finalized(node: NodeId, slot: Slot): void {
      const held = this as unknown as { fromSlot: (Slot | null)[] };
      const from = held.fromSlot[node] ?? null;
      super.finalized(node, slot);
      if (bug.noReset) held.fromSlot[node] = from;
    }
  }
  return { ...original, StandstillTracker: NoReset };
});

vi.mock('../../src/model/votor/standstill.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/votor/standstill.ts')>();
  return {
    ...original,
    rebroadcastOnStandstill: (...args: Parameters<typeof original.rebroadcastOnStandstill>) =>
      bug.sendNothing ? undefined : original.rebroadcastOnStandstill(...args),
  };
});

afterEach(() => {
  Object.assign(bug, { uncapped: false, atOnce: false, noReset: false, sendNothing: false });
});

async function violated(config: AlpenglowConfig, runs: number): Promise<string[]> {
  const result = await adaptiveTimeouts.run(scenarioContext(config, { seed: 1, runs, mode: 'sim' }));
  return result.properties.filter((p) => p.passed === false).map((p) => p.property);
}

// The guide's example config with its Byzantine validator silent: at 1 of 5 (20 %, beyond
// Assumption 1) an acting one breaks safety on its own (test/scenarios/adaptive-timeouts.test.ts),
// which says nothing about timer growth, the code these bugs are seeded in.
const guide = {
  ...loadConfig(new URL('../../configs/small_stateright.json', import.meta.url).pathname),
  byzantine_strategy: 'silent',
};
const issue13638 = issue13638Config();

/** Δtimeout 3,500 s: one window of growth passes the cap. No re-broadcast: an hour of standstills would resend everything every 10 s. */
const hourLong = { ...guide, timeout_ms: 3_500_000, standstill_rebroadcast: false };

describe('adaptive_timeouts reports seeded bugs', () => {
  it('without a bug: nothing fails on these configs', async () => {
    expect(await violated(guide, 12)).toEqual([]);
    expect(await violated(issue13638, 12)).toEqual([]);
    // Without re-broadcast its dropping partitions stall (StandstillRecovers), but the timers are capped.
    expect(await violated(hourLong, 3)).not.toContain('TimeoutsBounded');
  });

  it('an uncapped multiplier: TimeoutsBounded (Δtimeout of 3,500 s grows past 3,600 s in one window)', async () => {
    bug.uncapped = true;
    expect(await violated(hourLong, 3)).toContain('TimeoutsBounded');
  });

  it('growth that starts at once: NoEarlyExtension and TimeoutsBounded', async () => {
    bug.atOnce = true;
    const found = await violated(guide, 3);
    expect(found).toContain('NoEarlyExtension');
    expect(found).toContain('TimeoutsBounded');
  });

  it('no reset after a finalization: TimeoutsBounded', async () => {
    bug.noReset = true;
    expect(await violated(guide, 12)).toContain('TimeoutsBounded');
  });

  it('a re-broadcast that sends nothing: StandstillRecovers on the #13638 shape', async () => {
    bug.sendNothing = true;
    expect(await violated(issue13638, 12)).toEqual(['StandstillRecovers']);
  });
});
