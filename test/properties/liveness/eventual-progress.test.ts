import { describe, expect, it } from 'vitest';
import { eventualProgress } from '../../../properties/liveness/eventual-progress.ts';
import { windowsResolve } from '../../../properties/liveness/windows-resolve.ts';
import { livenessConfig, observe } from '../../helpers/observations.ts';

// Lemmas 40–41 with Theorem 2: after GST every correct node's highest finalized slot rises
// within P = (k + 2) · span of GST and of every previous rise, until no window with a correct
// leader that began after GST is left (k = longest run of windows with faulty leaders; span =
// 2000 ms here). All correct: P = 4000 ms; one offline leader: P = 6000 ms.

/** Three correct windows, ParentReady at 0, 1100, 2200 ms; slots 1…6 finalized at 700, 1100, …, 3300 ms. */
function allCorrect(config = livenessConfig(), endMs = 20_000) {
  const b = observe(config, endMs);
  b.honestWindow(5, b.honestWindow(3, b.honestWindow(1, 0)));
  return b;
}

describe('EventualProgress', () => {
  it('holds when every node finalizes every window of a correct leader', () => {
    const b = allCorrect();
    expect(b.obs.finalized.filter((f) => f.node === 0).map((f) => f.atMs)).toEqual([
      700, 1100, 1800, 2200, 2900, 3300,
    ]);
    expect(eventualProgress.check(b.ctx())).toBeNull();
  });

  it('fails when one node stops finalizing before the last correct window', () => {
    const b = allCorrect().drop('finalized', (f) => f.node === 2 && f.slot >= 5);
    expect(eventualProgress.check(b.ctx())).toBe(
      'validator 2: highest finalized slot stuck at 4 from 2200 ms to at least 6200 ms (bound 4000 ms after GST 0 ms)',
    );
  });

  it('holds for a first rise exactly P after GST, fails for one 1 ms later', () => {
    const first = (atMs: number) => {
      const b = allCorrect().drop('finalized', (f) => f.node === 0);
      return b.finalize(6, atMs, [0]).ctx();
    };
    expect(eventualProgress.check(first(4000))).toBeNull();
    expect(eventualProgress.check(first(4001))).toBe(
      'validator 0: highest finalized slot stuck at 0 from 0 ms to at least 4000 ms (bound 4000 ms after GST 0 ms)',
    );
  });

  it('holds for a rise exactly P after the previous rise, fails for one 1 ms later', () => {
    const next = (atMs: number) => {
      const b = allCorrect().drop('finalized', (f) => f.node === 1 && f.slot > 2);
      return b.finalize(6, atMs, [1]).ctx();
    };
    expect(eventualProgress.check(next(1100 + 4000))).toBeNull();
    expect(eventualProgress.check(next(1100 + 4001))).toMatch(
      /^validator 1: highest finalized slot stuck at 2 from 1100 ms to at least 5100 ms/,
    );
  });

  it('does not count finalizing a lower slot, or the same slot again, as a rise', () => {
    // Validator 3 finalizes slot 4 at 2200 ms, then (late, directly) slot 1 at 5000 ms and
    // another record of slot 4 at 4000 ms.
    const b = allCorrect().drop('finalized', (f) => f.node === 3 && f.slot !== 4);
    b.finalize(1, 5000, [3]).finalize(4, 4000, [3]);
    expect(eventualProgress.check(b.ctx())).toMatch(
      /^validator 3: highest finalized slot stuck at 4 from 2200 ms to at least 6200 ms/,
    );
  });

  it('allows a span per window of the longest run of faulty leaders', () => {
    // Each node finalizes slot 2 at 1100 ms and its last goal, slot 6, at `lastMs`.
    const slow = (offline: number[], lastMs: number) => {
      const config = livenessConfig({ offline_validators: offline });
      return observe(config, 20_000).finalize(2, 1100).finalize(6, lastMs).ctx();
    };
    // Validator 1 (window 3) offline: k = 1, P = 6000 ms.
    expect(eventualProgress.check(slow([1], 7100))).toBeNull();
    expect(eventualProgress.check(slow([1], 7101))).toBe(
      'validator 0: highest finalized slot stuck at 2 from 1100 ms to at least 7100 ms (bound 6000 ms after GST 0 ms)',
    );
    // All correct: k = 0, P = 4000 ms, so the same 7100 ms rise is late.
    expect(eventualProgress.check(slow([], 7100))).toMatch(
      /stuck at 2 from 1100 ms to at least 5100 ms \(bound 4000 ms/,
    );
  });

  it('counts only consecutive faulty leaders in k', () => {
    // Eight slots, four windows led by 0, 1, 2, 3. Each node finalizes slot 2 at 1100 ms, then
    // the end of the last correct window late.
    const run = (offline: number[], lastSlot: number, lastMs: number) => {
      const config = livenessConfig({ max_rounds: 8, offline_validators: offline });
      return observe(config, 20_000).finalize(2, 1100).finalize(lastSlot, lastMs).ctx();
    };
    // 1 and 2 offline: windows 3 and 5 in a row, k = 2, P = 8000 ms; the goal is slot 8.
    expect(eventualProgress.check(run([1, 2], 8, 9100))).toBeNull();
    expect(eventualProgress.check(run([1, 2], 8, 9101))).toMatch(/stuck at 2 .* \(bound 8000 ms/);
    // 1 and 3 offline: windows 3 and 7, not in a row, k = 1, P = 6000 ms; the goal is slot 6.
    expect(eventualProgress.check(run([1, 3], 6, 7100))).toBeNull();
    expect(eventualProgress.check(run([1, 3], 6, 7101))).toMatch(/stuck at 2 .* \(bound 6000 ms/);
  });

  it('asks for nothing past the last window with a correct leader', () => {
    // Validator 2 (window 5, the last) offline: the goal is slot 4, reached at 2200 ms.
    const offline = observe(livenessConfig({ offline_validators: [2] }), 20_000);
    offline.honestWindow(3, offline.honestWindow(1, 0));
    expect(eventualProgress.check(offline.ctx())).toBeNull();
    // With window 5's leader correct, stopping at slot 4 is a stall.
    const correct = observe(livenessConfig(), 20_000);
    correct.honestWindow(3, correct.honestWindow(1, 0));
    expect(eventualProgress.check(correct.ctx())).toMatch(
      /^validator 0: highest finalized slot stuck at 4 from 2200 ms/,
    );
    // No correct leader anywhere: nothing to finalize.
    const none = observe(livenessConfig({ offline_validators: [0, 1, 2] }), 20_000);
    expect(eventualProgress.check(none.ctx())).toBeNull();
  });

  it('exempts a correct window some node began before GST, not one begun exactly at GST', () => {
    // One window (two slots), never finalized; GST at 1000 ms.
    const oneWindow = (readyMs: number) =>
      observe(livenessConfig({ max_rounds: 2 }), 20_000)
        .ready(1, 1000, [0, 1, 2])
        .ready(1, readyMs, [3])
        .ctx({ stableFromMs: 1000 });
    expect(eventualProgress.check(oneWindow(999))).toBeNull();
    expect(eventualProgress.check(oneWindow(1000))).toBe(
      'validator 0: highest finalized slot stuck at 0 from 1000 ms to at least 5000 ms (bound 4000 ms after GST 1000 ms)',
    );
  });

  it('starts the clock at GST, whatever was finalized before it', () => {
    // GST at 1000 ms: window 1 began before it, windows 3 and 5 after. Validator 0 finalized
    // slot 1 at 700 ms and nothing since: its clock runs from GST, not from 700 ms.
    const b = allCorrect().drop('finalized', (f) => f.node === 0 && f.slot > 1);
    expect(eventualProgress.check(b.ctx({ stableFromMs: 1000 }))).toBe(
      'validator 0: highest finalized slot stuck at 1 from 1000 ms to at least 5000 ms (bound 4000 ms after GST 1000 ms)',
    );
  });

  it('does not judge a stall the run ended before P could expire', () => {
    const stalled = (endMs: number) => observe(livenessConfig(), endMs).ready(1, 0).ctx();
    expect(eventualProgress.check(stalled(3999))).toBeNull();
    expect(eventualProgress.check(stalled(4000))).toMatch(
      /^validator 0: highest finalized slot stuck at 0 from 0 ms/,
    );
  });

  it('reports a plausible bug: leaders never propose after ParentReady, so every window is skipped', () => {
    // A simulator that never schedules the leader's block production: each window times out and
    // is skipped, the next becomes ParentReady, and nothing is ever finalized. Every window
    // resolves (WindowsResolve holds); only progress is missing.
    const b = observe(livenessConfig(), 20_000);
    b.skippedWindow(5, b.skippedWindow(3, b.skippedWindow(1, 0)));
    expect(windowsResolve.check(b.ctx())).toBeNull();
    expect(eventualProgress.check(b.ctx())).toBe(
      'validator 0: highest finalized slot stuck at 0 from 0 ms to at least 4000 ms (bound 4000 ms after GST 0 ms)',
    );
  });
});
