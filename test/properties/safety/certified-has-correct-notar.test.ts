import { describe, expect, it } from 'vitest';
import { certificateValidity } from '../../../properties/safety/certificate-validity.ts';
import { certifiedHasCorrectNotar } from '../../../properties/safety/certified-has-correct-notar.ts';
import { finalizedImpliesNotarized } from '../../../properties/safety/finalized-implies-notarized.ts';
import { allCorrectWindow, byzantineSupermajority } from '../../helpers/scenarios.ts';

// White paper Lemma 27: a block with a Notarization or NotarFallback certificate has a Notar vote
// from some correct validator.

describe('CertifiedHasCorrectNotar', () => {
  it('holds when correct validators notarize their leader’s blocks', () => {
    const { run } = allCorrectWindow();
    expect(certifiedHasCorrectNotar.check(run.cfg, run.state)).toBeNull();
  });

  it('fails for a certificate signed by Byzantine validators alone, which CertificateValidity accepts', () => {
    const { run, g2 } = byzantineSupermajority();
    run.cert(1, 0, 'notarFallback', 2, g2, [1, 2, 3]);
    expect(certificateValidity.check(run.cfg, run.state)).toBeNull();
    expect(finalizedImpliesNotarized.check(run.cfg, run.state)).toBeNull();
    expect(certifiedHasCorrectNotar.check(run.cfg, run.state)).toBe(
      'validator 0 holds notarFallback(2b) but no correct validator cast Notar(2b)',
    );
  });
});
