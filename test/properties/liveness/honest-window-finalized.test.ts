import { describe, expect, it } from 'vitest';
import { honestWindowFinalized } from '../../../properties/liveness/honest-window-finalized.ts';
import { LIVENESS_PROPERTIES } from '../../../properties/liveness/index.ts';
import { livenessConfig, observe } from '../../helpers/observations.ts';

// Theorem 2 (Corollary 43 for the slow path): a window with a correct leader, ParentReady at
// every correct node after GST and with every block delivered to every correct node, is
// finalized — every block, at every correct node — by the last ParentReady + W·Δ_block + Rotor +
// 3Δ. With W = 2, Δ_block = 400, Rotor = 200, Δ = 100: last ParentReady + 1300 ms.

const SPAN = 2 * 400 + 200 + 3 * 100;

/** Window 1 (leader 0) proposed and delivered from ParentReady at 0 ms; no finalization yet. */
function windowOne(config = livenessConfig(), endMs = 10_000) {
  const b = observe(config, endMs).ready(1, 0).propose(1, 400).propose(2, 800);
  return b.arrive(1, 600).arrive(2, 1000);
}

describe('HonestWindowFinalized', () => {
  it('holds for three correct windows that go as Theorem 2’s proof says', () => {
    const b = observe(livenessConfig(), 10_000);
    const ready3 = b.honestWindow(1, 0);
    b.honestWindow(5, b.honestWindow(3, ready3));
    expect(b.obs.finalized).toHaveLength(6 * 4);
    expect(honestWindowFinalized.check(b.ctx())).toBeNull();
  });

  it('holds when only the last block is finalized directly (its ancestors are implied, P14)', () => {
    const b = windowOne().finalize(2, 1100);
    expect(honestWindowFinalized.check(b.ctx())).toBeNull();
  });

  it('counts from the last ParentReady: holds at exactly that + 1300 ms, fails 1 ms later', () => {
    // Validator 3 becomes ParentReady 100 ms after the others: its deadline is 100 + 1300.
    const onTime = observe(livenessConfig(), 10_000).ready(1, 0, [0, 1, 2]).ready(1, 100, [3]);
    onTime.propose(1, 400).propose(2, 800).arrive(1, 600).arrive(2, 1000);
    onTime
      .finalize(1, 700)
      .finalize(2, 1100, [0, 1, 2])
      .finalize(2, 100 + SPAN, [3]);
    expect(honestWindowFinalized.check(onTime.ctx())).toBeNull();
    onTime.delay('finalized', (f) => f.node === 3 && f.slot === 2, 1);
    expect(honestWindowFinalized.check(onTime.ctx())).toBe(
      'window 1 (correct leader): validator 3 had not finalized the block of slot 2 by 1400 ms (finalized at 1401 ms)',
    );
  });

  it('fails when a correct node never finalizes a block of the window', () => {
    const b = windowOne().finalize(1, 700).finalize(2, 1100, [0, 1, 3]);
    expect(honestWindowFinalized.check(b.ctx())).toBe(
      'window 1 (correct leader): validator 2 had not finalized the block of slot 2 by 1300 ms',
    );
  });

  it('fails when a node’s only finalization is of a block on another fork', () => {
    // Validator 1 finalizes block 9 of slot 3, built on genesis: it does not descend from block 1.
    const b = windowOne().propose(3, 1200, 0, 9).arrive(9, 1400).finalize(2, 1100, [0, 2, 3]);
    b.finalize(3, 1500, [1], 9);
    expect(honestWindowFinalized.check(b.ctx())).toMatch(
      /^window 1 \(correct leader\): validator 1 had not finalized the block of slot 1 by 1300 ms$/,
    );
    // Once block 9 is built on block 2, finalizing it finalizes the whole window.
    const chained = windowOne().propose(3, 1200, 2, 9).arrive(9, 1400).finalize(2, 1100, [0, 2, 3]);
    chained.finalize(3, 1250, [1], 9);
    expect(honestWindowFinalized.check(chained.ctx())).toBeNull();
  });

  it('judges windows after the first: a later window with an unfinalized block fails', () => {
    const b = observe(livenessConfig(), 10_000);
    const ready3 = b.honestWindow(1, 0);
    b.honestWindow(3, ready3);
    b.drop('finalized', (f) => f.slot === 3 || (f.slot === 4 && f.node === 0));
    expect(honestWindowFinalized.check(b.ctx())).toMatch(
      /^window 3 \(correct leader\): validator 0 had not finalized the block of slot 3 by 2400 ms$/,
    );
  });

  it('exempts a window begun before GST (P30), but not one begun exactly at GST', () => {
    const never = windowOne();
    expect(honestWindowFinalized.check(never.ctx({ stableFromMs: 1 }))).toBeNull();
    expect(honestWindowFinalized.check(never.ctx({ stableFromMs: 0 }))).toMatch(
      /validator 0 .* slot 1 by 1300 ms/,
    );
    // One node ParentReady before GST is enough to exempt it.
    const mixed = observe(livenessConfig(), 10_000).ready(1, 500, [0, 1, 2]).ready(1, 499, [3]);
    mixed.propose(1, 900).propose(2, 1300).arrive(1, 1100).arrive(2, 1500);
    expect(honestWindowFinalized.check(mixed.ctx({ stableFromMs: 500 }))).toBeNull();
    expect(honestWindowFinalized.check(mixed.ctx({ stableFromMs: 499 }))).toMatch(/slot 1 by 1800 ms$/);
  });

  it('exempts a window some correct node never became ParentReady for', () => {
    const b = observe(livenessConfig(), 10_000).ready(1, 0, [0, 1, 2]).propose(1, 400).propose(2, 800);
    b.arrive(1, 600).arrive(2, 1000);
    expect(honestWindowFinalized.check(b.ctx())).toBeNull();
    b.ready(1, 50, [3]);
    expect(honestWindowFinalized.check(b.ctx())).toMatch(/^window 1 .*validator 0 .* slot 1 by 1350 ms$/);
  });

  it('exempts a window whose Rotor failed: a block that never reached one correct node', () => {
    const missing = windowOne().drop('blockArrivals', (a) => a.block === 2 && a.node === 3);
    expect(honestWindowFinalized.check(missing.ctx())).toBeNull();
    expect(honestWindowFinalized.check(windowOne().ctx())).not.toBeNull();
  });

  it('fails when the correct leader proposes no block for a slot: that is not a Rotor failure', () => {
    // Alg. 3: a correct leader produces every block of its window after ParentReady.
    const unproposed = (endMs: number) =>
      windowOne(livenessConfig(), endMs).drop('proposals', (p) => p.slot === 2);
    expect(honestWindowFinalized.check(unproposed(10_000).ctx())).toBe(
      'window 1 (correct leader): leader 0 proposed no block for slot 2 by 1300 ms',
    );
    expect(honestWindowFinalized.check(unproposed(1299).ctx())).toBeNull();
  });

  it('needs neither delivery to nor finalization at an offline validator', () => {
    const config = livenessConfig({ offline_validators: [3] });
    const b = observe(config, 10_000).ready(1, 0).propose(1, 400).propose(2, 800).arrive(1, 600);
    b.arrive(2, 1000).finalize(2, 1100);
    expect(b.obs.finalized.map((f) => f.node)).toEqual([0, 1, 2]);
    expect(honestWindowFinalized.check(b.ctx())).toBeNull();
    b.drop('finalized', (f) => f.node === 2);
    expect(honestWindowFinalized.check(b.ctx())).toMatch(/validator 2 had not finalized the block of slot 1/);
  });

  it('does not judge a window whose leader is Byzantine or offline', () => {
    // Validator 0 leads window 1: its blocks reach everyone, nobody finalizes them.
    for (const config of [
      livenessConfig({ byzantine_validators: [0] }),
      livenessConfig({ offline_validators: [0] }),
    ]) {
      const b = observe(config, 10_000).ready(1, 0).propose(1, 400).propose(2, 800).arrive(1, 600);
      b.arrive(2, 1000);
      expect(honestWindowFinalized.check(b.ctx())).toBeNull();
    }
  });

  it('does not judge a window whose deadline is after the end of the run', () => {
    expect(honestWindowFinalized.check(windowOne(livenessConfig(), 1299).ctx())).toBeNull();
    expect(honestWindowFinalized.check(windowOne(livenessConfig(), 1300).ctx())).toMatch(/by 1300 ms$/);
  });

  it('bounds a window cut short by the last slot by its own slots’ block times', () => {
    // Five slots: window 5 is slot 5 alone, so its deadline is ParentReady + 400 + 200 + 300.
    const b = observe(livenessConfig({ max_rounds: 5 }), 10_000);
    const ready3 = b.honestWindow(1, 0);
    const ready5 = b.honestWindow(3, ready3);
    b.ready(5, ready5)
      .propose(5, ready5 + 400)
      .arrive(5, ready5 + 600)
      .finalize(5, ready5 + 900);
    expect(honestWindowFinalized.check(b.ctx())).toBeNull();
    b.delay('finalized', (f) => f.slot === 5 && f.node === 1, 1);
    expect(honestWindowFinalized.check(b.ctx())).toBe(
      `window 5 (correct leader): validator 1 had not finalized the block of slot 5 by ${ready5 + 900} ms (finalized at ${ready5 + 901} ms)`,
    );
  });

  it('reports a plausible bug: a slow finalization lost when Finalization(s) arrives before Notarization(s)', () => {
    // P13: a node finalizes slowly once it holds both; a recorder that only finalizes on the
    // Finalization certificate misses validator 1's finalization of slot 4, the window's last.
    const b = observe(livenessConfig(), 10_000);
    const ready3 = b.honestWindow(1, 0);
    b.honestWindow(3, ready3);
    b.drop('finalized', (f) => f.node === 1 && f.slot === 4);
    expect(honestWindowFinalized.check(b.ctx())).toBe(
      'window 3 (correct leader): validator 1 had not finalized the block of slot 4 by 2400 ms',
    );
  });

  it('reports a plausible bug: a correct leader that never proposes after ParentReady', () => {
    // Window 3's leader (validator 1, correct) is ParentReady at 1100 ms but its block production
    // is never scheduled: the window times out and is skipped, window 5 goes on. Every window
    // resolves and progress resumes within P, so only this property can tell.
    const b = observe(livenessConfig(), 10_000);
    b.honestWindow(5, b.skippedWindow(3, b.honestWindow(1, 0)));
    const failing = LIVENESS_PROPERTIES.filter((p) => p.check(b.ctx()) !== null).map((p) => p.name);
    expect(failing).toEqual(['HonestWindowFinalized']);
    expect(honestWindowFinalized.check(b.ctx())).toBe(
      'window 3 (correct leader): leader 1 proposed no block for slot 3 by 2400 ms',
    );
  });
});
