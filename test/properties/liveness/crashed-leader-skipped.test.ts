import { describe, expect, it } from 'vitest';
import { crashedLeaderSkipped } from '../../../properties/liveness/crashed-leader-skipped.ts';
import { livenessConfig, observe } from '../../helpers/observations.ts';

// Lemma 39 with a crashed leader (notes L-c): every slot of its window gets a Skip certificate
// at every correct node within Δ_timeout + W·Δ_block + 2Δ of that node's first ParentReady for
// the window (600 + 2·400 + 200 = 1600 ms here), and the next window becomes ParentReady there
// within another Δ (Lemma 40/42).

/** Validator 1, leader of window 3 (slots 3–4), is offline; correct nodes are 0, 2 and 3. */
const CRASHED = livenessConfig({ offline_validators: [1] });

/**
 * Window 1 finalized by 1100 ms, when window 3 becomes ParentReady; window 3's Skip certificates
 * form at 2200 ms, and window 5 becomes ParentReady then. Window 3's deadline is 2700 ms, the
 * next window's 2800 ms.
 */
function crashedRun(config = CRASHED, endMs = 10_000) {
  const b = observe(config, endMs);
  const ready3 = b.honestWindow(1, 0);
  const ready5 = b.skippedWindow(3, ready3);
  b.honestWindow(5, ready5);
  return b;
}

describe('CrashedLeaderSkipped', () => {
  it('holds when the crashed leader’s window is skipped and the next window follows', () => {
    const b = crashedRun();
    expect(b.obs.certs.filter((c) => c.kind === 'skip').map((c) => `${c.node}:${c.slot}@${c.atMs}`)).toEqual([
      '0:3@2200',
      '2:3@2200',
      '3:3@2200',
      '0:4@2200',
      '2:4@2200',
      '3:4@2200',
    ]);
    expect(crashedLeaderSkipped.check(b.ctx())).toBeNull();
  });

  it('holds with the Skip certificate exactly at the deadline, fails 1 ms after', () => {
    const b = crashedRun().delay('certs', (c) => c.kind === 'skip' && c.node === 2 && c.slot === 3, 500);
    b.delay('parentReady', (p) => p.slot === 5, 500);
    expect(crashedLeaderSkipped.check(b.ctx())).toBeNull();
    b.delay('certs', (c) => c.kind === 'skip' && c.node === 2 && c.slot === 3, 1);
    expect(crashedLeaderSkipped.check(b.ctx())).toBe(
      'window 3 (crashed leader): validator 2 had no Skip certificate for slot 3 by 2700 ms (got it at 2701 ms)',
    );
  });

  it('fails when a slot of the window never gets a Skip certificate at a correct node', () => {
    const b = crashedRun().drop('certs', (c) => c.kind === 'skip' && c.node === 3 && c.slot === 4);
    expect(crashedLeaderSkipped.check(b.ctx())).toBe(
      'window 3 (crashed leader): validator 3 had no Skip certificate for slot 4 by 2700 ms',
    );
  });

  it('accepts only Skip certificates: a NotarFallback for the slot does not stand in', () => {
    const b = crashedRun().drop('certs', (c) => c.kind === 'skip' && c.slot === 3);
    b.cert('notarFallback', 3, 2200);
    expect(crashedLeaderSkipped.check(b.ctx())).toMatch(
      /^window 3 \(crashed leader\): validator 0 .* slot 3 by/,
    );
  });

  it('fails when the next window is not ParentReady within Δ of the deadline', () => {
    // Deadline 2700 ms: window 5 must be ParentReady by 2800 ms.
    const atBound = crashedRun().delay('parentReady', (p) => p.slot === 5 && p.node === 3, 600);
    expect(crashedLeaderSkipped.check(atBound.ctx())).toBeNull();
    atBound.delay('parentReady', (p) => p.slot === 5 && p.node === 3, 1);
    expect(crashedLeaderSkipped.check(atBound.ctx())).toBe(
      'window 3 (crashed leader): validator 3 was not ParentReady for window 5 by 2800 ms',
    );
    const never = crashedRun().drop('parentReady', (p) => p.slot === 5 && p.node === 0);
    expect(crashedLeaderSkipped.check(never.ctx())).toMatch(/validator 0 was not ParentReady for window 5/);
  });

  it('asks nothing of the next window after the last one', () => {
    // Validator 2 leads window 5, the last, and is offline.
    const b = observe(livenessConfig({ offline_validators: [2] }), 10_000);
    b.skippedWindow(5, b.honestWindow(3, b.honestWindow(1, 0)));
    expect(crashedLeaderSkipped.check(b.ctx())).toBeNull();
    b.drop('certs', (c) => c.kind === 'skip' && c.node === 1 && c.slot === 6);
    expect(crashedLeaderSkipped.check(b.ctx())).toMatch(
      /^window 5 \(crashed leader\): validator 1 .* slot 6 by 3800 ms$/,
    );
  });

  it('counts from each node’s own first ParentReady, not a later one', () => {
    // Validator 3 is ParentReady for window 3 at 1100 ms and again (on another parent) at 1500
    // ms: its deadline stays 2700 ms.
    const b = crashedRun().ready(3, 1500, [3]);
    b.delay('certs', (c) => c.kind === 'skip' && c.node === 3, 501);
    b.delay('parentReady', (p) => p.slot === 5, 500);
    expect(crashedLeaderSkipped.check(b.ctx())).toMatch(
      /^window 3 .*validator 3 .* slot 3 by 2700 ms \(got it at 2701 ms\)$/,
    );
    // A node ParentReady later than the others has a later deadline of its own.
    const late = crashedRun().delay('parentReady', (p) => p.slot === 3 && p.node === 3, 1);
    late.delay('certs', (c) => c.kind === 'skip' && c.node === 3, 501);
    late.delay('parentReady', (p) => p.slot === 5, 500);
    expect(crashedLeaderSkipped.check(late.ctx())).toBeNull();
  });

  it('exempts a node ParentReady for the window before GST, not one ParentReady exactly at GST', () => {
    const b = crashedRun().drop('certs', (c) => c.kind === 'skip');
    expect(crashedLeaderSkipped.check(b.ctx({ stableFromMs: 1101 }))).toBeNull();
    expect(crashedLeaderSkipped.check(b.ctx({ stableFromMs: 1100 }))).toMatch(
      /validator 0 had no Skip certificate for slot 3/,
    );
  });

  it('does not judge a node never ParentReady for the window, nor a deadline after the run', () => {
    const unready = crashedRun().drop('parentReady', (p) => p.slot === 3 && p.node === 0);
    unready.drop('certs', (c) => c.kind === 'skip' && c.node === 0);
    expect(crashedLeaderSkipped.check(unready.ctx())).toBeNull();
    // Nothing after ParentReady for window 3: judged only once the run reaches 2700 ms.
    const stalled = (endMs: number) => crashedRun(CRASHED, endMs).drop('certs', (c) => c.kind === 'skip');
    expect(crashedLeaderSkipped.check(stalled(2699).ctx())).toBeNull();
    expect(crashedLeaderSkipped.check(stalled(2700).ctx())).toMatch(/slot 3 by 2700 ms$/);
    // The next window's ParentReady is judged only once the run reaches 2800 ms.
    const noNext = (endMs: number) => crashedRun(CRASHED, endMs).drop('parentReady', (p) => p.slot === 5);
    expect(crashedLeaderSkipped.check(noNext(2799).ctx())).toBeNull();
    expect(crashedLeaderSkipped.check(noNext(2800).ctx())).toMatch(
      /not ParentReady for window 5 by 2800 ms$/,
    );
  });

  it('does not judge windows with correct leaders, and judges a (silent) Byzantine leader’s', () => {
    // All correct: window 3 ends notarized, with no Skip certificate anywhere.
    const b = observe(livenessConfig(), 10_000);
    b.honestWindow(5, b.honestWindow(3, b.honestWindow(1, 0)));
    expect(crashedLeaderSkipped.check(b.ctx())).toBeNull();
    // A Byzantine leader that made no block (no proposal observed) is judged as a crashed one.
    const byzantine = crashedRun(livenessConfig({ byzantine_validators: [1] }));
    expect(crashedLeaderSkipped.check(byzantine.ctx())).toBeNull();
    byzantine.drop('certs', (c) => c.kind === 'skip' && c.node === 2);
    expect(crashedLeaderSkipped.check(byzantine.ctx())).toMatch(
      /^window 3 \(crashed leader\): validator 2 .* slot 3/,
    );
  });

  it('reports a plausible bug: the timer of a crashed window’s last slot is never set, so Skip(4) never forms', () => {
    // Nodes skip-vote only the slot that timed out, and an off-by-one drops the last slot's
    // timer: slot 3 is skipped, slot 4 never is, and window 5 is never ParentReady.
    const b = observe(CRASHED, 10_000);
    b.skippedWindow(3, b.honestWindow(1, 0));
    b.drop('certs', (c) => c.kind === 'skip' && c.slot === 4);
    expect(crashedLeaderSkipped.check(b.ctx())).toBe(
      'window 3 (crashed leader): validator 0 had no Skip certificate for slot 4 by 2700 ms',
    );
  });
});

describe('CrashedLeaderSkipped with grown timers (adaptive_timeouts)', () => {
  // Window 3's Skip certificates 1,000 ms late: too late for the base timers (deadline 2,700 ms),
  // in time when one correct node set its window-3 timers grown by 1,000 ms in a standstill (its
  // Skip vote, which the certificates need, came that much later). A fuzz campaign found the bound
  // using the base Δtimeout after timeouts had grown.
  const late = () => {
    const b = crashedRun().delay('certs', (c) => c.kind === 'skip' && c.slot >= 3 && c.slot <= 4, 1000);
    b.delay('parentReady', (p) => p.slot === 5, 1000);
    return b;
  };

  it('fails with the base timers', () => {
    expect(crashedLeaderSkipped.check(late().ctx())).toMatch(
      /^window 3 \(crashed leader\): validator 0 had no Skip certificate for slot 3 by 2700 ms/,
    );
  });

  it('holds when a correct node set the window’s timers grown', () => {
    const b = late();
    b.obs.timerSettings.push({
      node: 3,
      slot: 3,
      atMs: 1100,
      step: 0,
      windows: 2,
      timeoutMs: 1600,
      blockMs: 400,
    });
    expect(crashedLeaderSkipped.check(b.ctx())).toBeNull();
  });
});
