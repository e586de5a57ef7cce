import { describe, expect, it } from 'vitest';
import { finalizedImpliesNotarized } from '../../../properties/safety/finalized-implies-notarized.ts';
import { GENESIS } from '../../../src/core/ids.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';
import { allCorrectWindow, withCert } from '../../helpers/scenarios.ts';

// Reference §7.6 (Lemma 25): every finalized block has a Notarization (or FastFinalization)
// certificate, and Notar votes really cast for it reach S.

describe('FinalizedImpliesNotarized', () => {
  it('holds when blocks are finalized fast and slow with their certificates', () => {
    const { run } = allCorrectWindow();
    expect(finalizedImpliesNotarized.check(run.cfg, run.state)).toBeNull();
  });

  it('fails when F < S: a fast certificate at F finalizes a block short of S Notar stake', () => {
    // F = 40%, S = 60%: two Byzantine validators of five sign FastFinalization(b) alone; the
    // pool does not derive a Notarization certificate from it (2 < S), yet b is finalized.
    const run = Run.of({ stakes: equalStakes(5), byzantine: [3, 4], leaderOffset: 3, fast: 0.4 });
    const b = run.byzBlock(3, 1, GENESIS);
    run.cert(3, 0, 'fastFinal', 1, b, [3, 4]);
    expect(run.certsIn(0, 1)).toEqual([`fastFinal:${b}`]);
    expect(finalizedImpliesNotarized.check(run.cfg, run.state)).toBe(
      'validator 0 finalized 1a but Notar votes cast for it hold only 2 of 5 stake',
    );
  });

  it('fails when the Notarization certificate is not backed by Notar votes really cast', () => {
    // Four correct validators, no Byzantine: only the leader has voted for b1, so a pool holding
    // a fast certificate for it can only be written by hand.
    const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
    const b1 = run.propose(0, 1, GENESIS);
    const forged = withCert(run.state, 1, { kind: 'fastFinal', slot: 1, block: b1, signers: [0, 1, 2, 3] });
    expect(finalizedImpliesNotarized.check(run.cfg, forged)).toBe(
      'validator 1 finalized 1a but Notar votes cast for it hold only 1 of 4 stake',
    );
  });
});
