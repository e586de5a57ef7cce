import { describe, expect, it } from 'vitest';
import { timeoutsBounded } from '../../../properties/adaptive/timeouts-bounded.ts';
import { MAX_TIMEOUT_MS } from '../../../src/sim/timed/timeout-growth.ts';
import { editable, slowNetwork } from '../../helpers/adaptive-runs.ts';

// TimeoutsBounded (properties/adaptive/timeouts-bounded.ts): base timers outside a standstill; at
// least the base, never shrinking, never above 3,600 s inside one. Judged on a run whose timeouts
// grew (slowNetwork), then on copies of it with a plausible bug planted in the timers it set.

const run = slowNetwork();
const grown = () => run.obs.timerSettings.filter((t) => t.windows > 0);

describe('TimeoutsBounded', () => {
  it('holds on a run whose timeouts grew and reset', () => {
    expect(grown().length).toBeGreaterThan(10);
    expect(run.obs.finalized.length).toBeGreaterThan(0);
    expect(timeoutsBounded.check(run)).toBeNull();
  });

  it('fails for an uncapped multiplier (a timer above 3,600 s)', () => {
    const ctx = editable(run);
    const t = ctx.obs.timerSettings.find((s) => s.windows > 0);
    if (!t) throw new Error('no grown timer');
    t.timeoutMs = MAX_TIMEOUT_MS + 1;
    expect(timeoutsBounded.check(ctx)).toMatch(
      new RegExp(`^validator ${t.node}: timers for slot ${t.slot} .* above the cap of 3600000 ms$`),
    );
  });

  it('fails when growth does not reset at a finalization (a grown timer after it)', () => {
    const ctx = editable(run);
    const f = ctx.obs.finalized[0];
    if (!f) throw new Error('no finalization');
    const after = ctx.obs.timerSettings.find((t) => t.node === f.node && t.atMs > f.atMs && t.windows === 0);
    if (!after) throw new Error('no timer after the finalization');
    Object.assign(after, { windows: 3, timeoutMs: 694, blockMs: 463 });
    expect(timeoutsBounded.check(ctx)).toMatch(/outside a standstill \(base 600 ms, 400 ms\)$/);
  });

  it('fails when a later window of one standstill gets shorter timers', () => {
    const ctx = editable(run);
    const node = grown()[0]?.node as number;
    const mine = ctx.obs.timerSettings.filter((t) => t.node === node && t.windows > 1);
    const last = mine[1];
    if (!last) throw new Error('too few grown timers');
    last.timeoutMs = 601;
    expect(timeoutsBounded.check(ctx)).toMatch(/shorter than slot \d+'s/);
  });

  it('holds without adaptive_timeouts: every timer has the base durations', () => {
    const off = slowNetwork({ adaptive_timeouts: false });
    expect(off.obs.standstills.length).toBeGreaterThan(0);
    expect(timeoutsBounded.check(off)).toBeNull();
  });
});

describe('TimeoutsBounded with a base above the cap', () => {
  it('holds when growth is on and the base Δtimeout is itself capped at 3,600 s (as agave caps it)', () => {
    const huge = slowNetwork({ network_delay: 100, timeout_ms: 4_000_000, max_rounds: 4 });
    expect(huge.obs.timerSettings[0]?.timeoutMs).toBe(MAX_TIMEOUT_MS);
    expect(timeoutsBounded.check(huge)).toBeNull();
  });
});
