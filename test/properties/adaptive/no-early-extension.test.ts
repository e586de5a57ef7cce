import { describe, expect, it } from 'vitest';
import { noEarlyExtension } from '../../../properties/adaptive/no-early-extension.ts';
import { editable, slowNetwork } from '../../helpers/adaptive-runs.ts';

// NoEarlyExtension (properties/adaptive/no-early-extension.ts): a grown timer only Δstandstill
// (10 s) or more after the node's highest finalized slot last rose. Judged on finalization times
// alone, so a standstill clock that fires early is caught too.

const run = slowNetwork();

describe('NoEarlyExtension', () => {
  it('holds on a run whose timeouts grew: each growth 10 s or more after the last rise', () => {
    expect(run.obs.timerSettings.some((t) => t.windows > 0)).toBe(true);
    expect(noEarlyExtension.check(run)).toBeNull();
  });

  it('fails for growth that starts at once (a grown timer in the first 10 s)', () => {
    const ctx = editable(run);
    const early = ctx.obs.timerSettings.find((t) => t.atMs > 0 && t.atMs < 10_000);
    if (!early) throw new Error('no early timer');
    Object.assign(early, { windows: 1, timeoutMs: 630, blockMs: 420 });
    expect(noEarlyExtension.check(ctx)).toMatch(
      new RegExp(
        `^validator ${early.node}: timers for slot ${early.slot} grown to Δtimeout 630 ms, Δblock 420 ms at .*after its highest finalized slot rose at 0 ms \\(Δstandstill 10000 ms\\)$`,
      ),
    );
  });

  it('fails for growth kept right after a finalization (the clock restarts there)', () => {
    const ctx = editable(run);
    const f = ctx.obs.finalized[0];
    if (!f) throw new Error('no finalization');
    const next = ctx.obs.timerSettings.find((t) => t.node === f.node && t.atMs > f.atMs);
    if (!next) throw new Error('no timer after the finalization');
    Object.assign(next, { windows: 2, timeoutMs: 661, blockMs: 441 });
    expect(noEarlyExtension.check(ctx)).toMatch(/after its highest finalized slot rose at/);
  });
});
