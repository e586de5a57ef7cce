import { describe, expect, it } from 'vitest';
import { notarizationUniqueness } from '../../../properties/safety/notarization-uniqueness.ts';
import {
  allCorrectWindow,
  byzantineSupermajority,
  equivocationAtTwentyPercent,
} from '../../helpers/scenarios.ts';

// Reference §7.4 (Lemma 24): at most one block per slot has a Notarization certificate in the
// union of correct pools.

describe('NotarizationUniqueness', () => {
  it('holds when every correct node notarizes the same block in each slot', () => {
    const { run, chain } = allCorrectWindow();
    expect(run.certsIn(3, 4)).toContain(`notar:${chain[3]}`);
    expect(notarizationUniqueness.check(run.cfg, run.state)).toBeNull();
  });

  it('holds with NotarFallback certificates for two blocks of one slot (only Notarization is unique)', () => {
    const { run, b2, g2 } = byzantineSupermajority();
    run.cert(1, 0, 'notar', 2, b2, [1, 2, 3]);
    run.cert(1, 0, 'notarFallback', 2, g2, [1, 2, 3]);
    expect(notarizationUniqueness.check(run.cfg, run.state)).toBeNull();
  });

  it('fails at exactly 20% Byzantine stake: an equivocating leader gets both versions notarized', () => {
    const { run } = equivocationAtTwentyPercent();
    expect(notarizationUniqueness.check(run.cfg, run.state)).toBe(
      'slot 1: validator 1 holds notar(1a), validator 2 holds notar(1b)',
    );
  });

  it('fails within one pool too', () => {
    const { run, b2, g2 } = byzantineSupermajority();
    run.cert(1, 0, 'notar', 2, b2, [1, 2, 3]);
    run.cert(1, 0, 'notar', 2, g2, [1, 2, 3]);
    expect(notarizationUniqueness.check(run.cfg, run.state)).toMatch(
      /^slot 2: validator 0 holds notar\(2a\), validator 0 holds notar\(2b\)$/,
    );
  });
});
