import { describe, expect, it } from 'vitest';
import { finalizationLatency } from '../../../properties/liveness/finalization-latency.ts';
import { livenessConfig, observe, TIMING } from '../../helpers/observations.ts';

// Reference §7.14 (white paper §1.3, §2.2): with every validator correct, after GST, a block is
// finalized by every node within Rotor + 2Δ of its proposal — Rotor to hold it, one round of
// votes on the fast path, two on the slow one. Here Rotor + 2Δ = 200 + 2·100 = 400 ms.

const BOUND = TIMING.rotorMs + 2 * TIMING.deltaMs;

/** Four correct validators; the leader of window 1 proposes slot 1 at 400 ms and slot 2 at 800 ms. */
function twoBlocks(config = livenessConfig()) {
  return observe(config, 10_000).propose(1, 400).propose(2, 800).arrive(1, 600).arrive(2, 1000);
}

describe('FinalizationLatency', () => {
  it('holds when every block is fast-finalized Rotor + Δ after its proposal', () => {
    const b = observe(livenessConfig(), 10_000);
    const ready2 = b.honestWindow(1, 0);
    const ready3 = b.honestWindow(3, ready2);
    b.honestWindow(5, ready3);
    expect(b.obs.finalized).toHaveLength(6 * 4);
    expect(finalizationLatency.check(b.ctx())).toBeNull();
  });

  it('holds for a slow finalization exactly Rotor + 2Δ after the proposal', () => {
    const b = twoBlocks()
      .finalize(1, 700)
      .finalize(2, 800 + BOUND, [0, 1, 2]);
    b.finalize(2, 800 + BOUND, [3], 2, 'slow');
    expect(finalizationLatency.check(b.ctx())).toBeNull();
  });

  it('fails 1 ms past the bound, naming the node, the slot and the latency', () => {
    const b = twoBlocks().finalize(1, 700).finalize(2, 1100, [0, 1, 2]);
    b.finalize(2, 800 + BOUND + 1, [3], 2, 'slow');
    expect(finalizationLatency.check(b.ctx())).toBe(
      'validator 3 finalized the block of slot 2 401 ms after its proposal (bound 400 ms)',
    );
  });

  it('judges every node on its own: one late node among prompt ones fails', () => {
    const b = twoBlocks().finalize(1, 700, [0, 2, 3]).finalize(1, 1500, [1]).finalize(2, 1100);
    expect(finalizationLatency.check(b.ctx())).toMatch(/^validator 1 finalized the block of slot 1 1100 ms/);
  });

  it('exempts a block proposed before GST, but not one proposed exactly at GST', () => {
    // GST at 800: slot 1 (proposed at 400) may take any time; slot 2 (proposed at 800) may not.
    const early = twoBlocks().finalize(1, 5000).finalize(2, 1100);
    expect(finalizationLatency.check(early.ctx({ stableFromMs: 800 }))).toBeNull();
    const atGst = twoBlocks().finalize(1, 700).finalize(2, 5000);
    expect(finalizationLatency.check(atGst.ctx({ stableFromMs: 800 }))).toMatch(
      /^validator 0 finalized the block of slot 2 4200 ms after its proposal/,
    );
    expect(finalizationLatency.check(atGst.ctx({ stableFromMs: 801 }))).toBeNull();
  });

  it('does not apply when some validator is offline or Byzantine', () => {
    // The same late finalization that fails with four correct validators.
    const late = (config = livenessConfig()) => twoBlocks(config).finalize(1, 700).finalize(2, 5000);
    expect(finalizationLatency.check(late().ctx())).toMatch(/slot 2 4200 ms/);
    const offline = livenessConfig({ offline_validators: [3] });
    expect(finalizationLatency.check(late(offline).ctx())).toBeNull();
    const byzantine = livenessConfig({ byzantine_validators: [3] });
    expect(finalizationLatency.check(late(byzantine).ctx())).toBeNull();
  });

  it('measures from the proposal of the finalized block, not from another block of the slot', () => {
    // Block 7 of slot 2 was proposed at 2000: finalized at 2300 it is prompt, though block 2 of
    // the same slot was proposed at 800.
    const b = twoBlocks().propose(2, 2000, 1, 7).finalize(1, 700).finalize(2, 2300, [0, 1, 2, 3], 7);
    expect(finalizationLatency.check(b.ctx())).toBeNull();
    const late = twoBlocks().propose(2, 2000, 1, 7).finalize(1, 700).finalize(2, 2401, [0], 7);
    expect(finalizationLatency.check(late.ctx())).toMatch(
      /^validator 0 finalized the block of slot 2 401 ms/,
    );
  });

  it('reports a plausible bug: slow finalization recorded one Δ late (a certificate round too late)', () => {
    // A recorder that waits for one more certificate after holding both Finalization(s) and the
    // Notarization of its block: validator 2 finalizes slot 3 at proposal + Rotor + 3Δ.
    const b = observe(livenessConfig(), 10_000);
    const ready2 = b.honestWindow(1, 0);
    b.ready(3, ready2)
      .propose(3, ready2 + 400)
      .arrive(3, ready2 + 600);
    b.finalize(3, ready2 + 700, [0, 1, 3]).finalize(3, ready2 + 400 + BOUND + TIMING.deltaMs, [2], 3, 'slow');
    expect(finalizationLatency.check(b.ctx())).toBe(
      'validator 2 finalized the block of slot 3 500 ms after its proposal (bound 400 ms)',
    );
  });
});
