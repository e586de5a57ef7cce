import { hasCast } from '../../src/model/ghost.ts';
import type { SafetyProperty } from '../types.ts';
import { correctCerts, nameOf } from './observed.ts';

/**
 * Lemma 27 is what FinalizedImpliesNotarized cannot be on its own (a correct node finalizes only
 * on a certificate it holds, so that property follows from CertificateValidity): it ties every
 * certified block to a correct Notar vote, through SafeToNotar's "notar(b) ≥ 20%" — which a
 * Byzantine coalition of exactly 20% meets alone.
 */
export const certifiedHasCorrectNotar: SafetyProperty = {
  name: 'CertifiedHasCorrectNotar',
  kind: 'safety',
  reference: 'white paper Lemma 27 (used by Lemmas 28–30 and reference §7.7)',
  description:
    'Every block with a Notarization or NotarFallback certificate in a correct pool has a Notar vote cast by some correct validator.',
  check(cfg, state) {
    const backed = new Set<number>();
    for (const { node, cert } of correctCerts(cfg, state)) {
      if (cert.kind !== 'notar' && cert.kind !== 'notarFallback') continue;
      if (backed.has(cert.block)) continue;
      if (!cfg.honest.some((v) => hasCast(state, v, 'notar', cert.slot, cert.block))) {
        return `validator ${node} holds ${cert.kind}(${nameOf(state, cert.block)}) but no correct validator cast Notar(${nameOf(state, cert.block)})`;
      }
      backed.add(cert.block);
    }
    return null;
  },
};
