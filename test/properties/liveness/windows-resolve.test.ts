import { describe, expect, it } from 'vitest';
import { windowsResolve } from '../../../properties/liveness/windows-resolve.ts';
import type { CertKind } from '../../../src/model/messages.ts';
import { livenessConfig, observe, spanOf } from '../../helpers/observations.ts';

// Lemmas 41–42: once a correct node is ParentReady for a window, every slot of it gets a
// Notarization, NotarFallback (or FastFinalization) or Skip certificate there, and the next
// window becomes ParentReady there, within one window span of ParentReady or of GST, whichever
// is later. Span = Δ_timeout + W·Δ_block + Rotor + 4Δ = 600 + 800 + 200 + 400 = 2000 ms.

/** Three correct windows: ParentReady at 0, 1100 and 2200 ms; window 1's deadline is 2000 ms. */
function allCorrect(endMs = 10_000) {
  const b = observe(livenessConfig(), endMs);
  b.honestWindow(5, b.honestWindow(3, b.honestWindow(1, 0)));
  return b;
}

describe('WindowsResolve', () => {
  it('holds when every window is notarized, or skipped under a crashed leader', () => {
    expect(spanOf(livenessConfig())).toBe(2000);
    expect(windowsResolve.check(allCorrect().ctx())).toBeNull();
    const crashed = observe(livenessConfig({ offline_validators: [1] }), 10_000);
    crashed.honestWindow(5, crashed.skippedWindow(3, crashed.honestWindow(1, 0)));
    expect(windowsResolve.check(crashed.ctx())).toBeNull();
  });

  it('holds with the certificate exactly one span after ParentReady, fails 1 ms later', () => {
    // Validator 1's certificates for slot 1 (Notarization, FastFinalization) come at 2000 ms.
    const b = allCorrect().delay('certs', (c) => c.node === 1 && c.slot === 1, 1300);
    expect(windowsResolve.check(b.ctx())).toBeNull();
    b.delay('certs', (c) => c.node === 1 && c.slot === 1, 1);
    expect(windowsResolve.check(b.ctx())).toBe(
      'window 1: validator 1 (ParentReady at 0 ms) had no Notarization, NotarFallback or Skip certificate for slot 1 by 2000 ms (got notar at 2001 ms)',
    );
  });

  it('is resolved by a Notarization, NotarFallback, FastFinalization or Skip, not by a Finalization alone', () => {
    const withOnly = (kind: CertKind) => {
      const b = allCorrect().drop('certs', (c) => c.slot === 2);
      return b.cert(kind, 2, 1100).ctx();
    };
    for (const kind of ['notar', 'notarFallback', 'fastFinal', 'skip'] as const) {
      expect(windowsResolve.check(withOnly(kind))).toBeNull();
    }
    expect(windowsResolve.check(withOnly('final'))).toBe(
      'window 1: validator 0 (ParentReady at 0 ms) had no Notarization, NotarFallback or Skip certificate for slot 2 by 2000 ms',
    );
  });

  it('fails when one slot of a later window is never certified at one correct node', () => {
    const b = allCorrect().drop('certs', (c) => c.node === 3 && c.slot === 6);
    expect(windowsResolve.check(b.ctx())).toMatch(
      /^window 5: validator 3 \(ParentReady at 2200 ms\) had no .* certificate for slot 6 by 4200 ms$/,
    );
  });

  it('fails when the next window is not ParentReady within Δ of the deadline', () => {
    // Window 1's deadline is 2000 ms: window 3 must be ParentReady by 2100 ms.
    const b = allCorrect().delay('parentReady', (p) => p.node === 2 && p.slot === 3, 1000);
    expect(windowsResolve.check(b.ctx())).toBeNull();
    b.delay('parentReady', (p) => p.node === 2 && p.slot === 3, 1);
    expect(windowsResolve.check(b.ctx())).toBe(
      'window 1: validator 2 was not ParentReady for window 3 by 2100 ms',
    );
  });

  it('judges a node never ParentReady for a window through the previous window', () => {
    const b = allCorrect().drop('parentReady', (p) => p.node === 0 && p.slot === 5);
    b.drop('certs', (c) => c.node === 0 && c.slot >= 5);
    expect(windowsResolve.check(b.ctx())).toBe(
      'window 3: validator 0 was not ParentReady for window 5 by 3200 ms',
    );
  });

  it('starts the clock of a window begun before GST at GST (a stall from before GST is reported)', () => {
    // Every correct node is ParentReady for window 1 at 0 ms and nothing happens after: GST at
    // 3000 ms, so the deadline is 5000 ms.
    const stalled = (endMs: number) => observe(livenessConfig(), endMs).ready(1, 0);
    expect(windowsResolve.check(stalled(4999).ctx({ stableFromMs: 3000 }))).toBeNull();
    expect(windowsResolve.check(stalled(5000).ctx({ stableFromMs: 3000 }))).toBe(
      'window 1: validator 0 (ParentReady at 0 ms) had no Notarization, NotarFallback or Skip certificate for slot 1 by 5000 ms',
    );
    // Certified exactly at GST + span it resolves.
    const late = allCorrect().delay('certs', (c) => c.slot <= 2, 3900);
    late.delay('parentReady', (p) => p.slot >= 3, 3900);
    expect(late.obs.certs.find((c) => c.slot === 2)?.atMs).toBe(5000);
    expect(windowsResolve.check(late.ctx({ stableFromMs: 3000 }))).toBeNull();
    // Window 3, ParentReady at 5000 ms (after GST), is due by 7000 ms.
    const window3 = (byMs: number) => {
      const b = allCorrect().delay('certs', (c) => c.slot <= 2, 3900);
      b.delay('parentReady', (p) => p.slot >= 3, 3900);
      return b.delay('certs', (c) => c.node === 3 && c.slot === 4, byMs - 2200).ctx({ stableFromMs: 3000 });
    };
    expect(windowsResolve.check(window3(7000))).toBeNull();
    expect(windowsResolve.check(window3(7001))).toMatch(
      /^window 3: validator 3 \(ParentReady at 5000 ms\) .* slot 4 by 7000 ms \(got notar at 7001 ms\)$/,
    );
    late.delay('certs', (c) => c.node === 0 && c.slot === 2, 1);
    expect(windowsResolve.check(late.ctx({ stableFromMs: 3000 }))).toMatch(
      /slot 2 by 5000 ms \(got notar at 5001 ms\)$/,
    );
  });

  it('does not judge a window whose deadline, or whose next window’s, is after the run', () => {
    const stalled = (endMs: number) => observe(livenessConfig(), endMs).ready(1, 0);
    expect(windowsResolve.check(stalled(1999).ctx())).toBeNull();
    expect(windowsResolve.check(stalled(2000).ctx())).toMatch(/slot 1 by 2000 ms$/);
    const noNext = (endMs: number) => allCorrect(endMs).drop('parentReady', (p) => p.slot === 3);
    expect(windowsResolve.check(noNext(2099).ctx())).toBeNull();
    expect(windowsResolve.check(noNext(2100).ctx())).toBe(
      'window 1: validator 0 was not ParentReady for window 3 by 2100 ms',
    );
  });

  it('judges every window whatever its leader: a crashed leader’s window without Skip certificates fails', () => {
    const b = observe(livenessConfig({ offline_validators: [1] }), 10_000);
    b.honestWindow(5, b.skippedWindow(3, b.honestWindow(1, 0)));
    b.drop('certs', (c) => c.kind === 'skip' && c.node === 2 && c.slot === 4);
    expect(windowsResolve.check(b.ctx())).toMatch(
      /^window 3: validator 2 \(ParentReady at 1100 ms\) .* slot 4 by 3100 ms$/,
    );
  });

  it('reports a plausible bug: a slot split 2–2 between Notar and Skip whose NotarFallback never forms', () => {
    // Window 3's first block reaches validators 0 and 1 only; they vote Notar, 2 and 3 time out
    // and vote Skip. 50% notar stake is enough for SafeToNotar (≥ 40%): a model that never
    // emits it leaves slot 3 with no certificate at any node, and the window never ends.
    const b = observe(livenessConfig(), 10_000);
    const ready3 = b.honestWindow(1, 0);
    b.ready(3, ready3)
      .propose(3, ready3 + 400)
      .arrive(3, ready3 + 600, [0, 1]);
    b.cert('skip', 4, ready3 + 1100);
    expect(windowsResolve.check(b.ctx())).toBe(
      'window 3: validator 0 (ParentReady at 1100 ms) had no Notarization, NotarFallback or Skip certificate for slot 3 by 3100 ms',
    );
  });
});
