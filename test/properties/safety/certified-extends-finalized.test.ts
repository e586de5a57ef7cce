import { describe, expect, it } from 'vitest';
import { certifiedExtendsFinalized } from '../../../properties/safety/certified-extends-finalized.ts';
import { chainConsistency } from '../../../properties/safety/chain-consistency.ts';
import {
  allCorrectWindow,
  byzantineSupermajority,
  equivocationAtTwentyPercent,
} from '../../helpers/scenarios.ts';

// Reference §7.9, strong form (Lemmas 31–32): every block with a Notarization or NotarFallback
// certificate in a correct pool, in the slot of a finalized block or later, descends from it.

describe('CertifiedExtendsFinalized', () => {
  it('holds when every certified block lies on the finalized chain', () => {
    const { run } = allCorrectWindow();
    expect(certifiedExtendsFinalized.check(run.cfg, run.state)).toBeNull();
  });

  it('holds for a certified block of an earlier slot than the finalized one', () => {
    const { run, b2 } = byzantineSupermajority();
    const c1 = run.byzBlock(1, 1, 0);
    run.cert(1, 0, 'fastFinal', 2, b2, [1, 2, 3, 4]);
    run.cert(1, 0, 'notarFallback', 1, c1, [1, 2, 3]);
    // c1 (slot 1) is below b2's slot, so Lemmas 31–32 say nothing about it.
    expect(certifiedExtendsFinalized.check(run.cfg, run.state)).toBeNull();
  });

  it('fails as soon as a conflicting block is certified, before anyone finalizes it', () => {
    const { run, b1, g2 } = byzantineSupermajority();
    run.cert(1, 0, 'fastFinal', 1, b1, [1, 2, 3, 4]);
    run.cert(1, 0, 'notarFallback', 2, g2, [1, 2, 3]);
    expect(chainConsistency.check(run.cfg, run.state)).toBeNull();
    expect(certifiedExtendsFinalized.check(run.cfg, run.state)).toBe(
      'validator 0 finalized 1a but validator 0 holds notarFallback(2b), which does not descend from it',
    );
  });

  it('fails at exactly 20% Byzantine stake', () => {
    const { run } = equivocationAtTwentyPercent();
    expect(certifiedExtendsFinalized.check(run.cfg, run.state)).toBe(
      'validator 0 finalized 1a but validator 2 holds notar(1b), which does not descend from it',
    );
  });
});
