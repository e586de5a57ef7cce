import { isAncestor } from '../../src/model/block.ts';
import type { SafetyProperty } from '../types.ts';
import { correctCerts, correctFinalizations, nameOf } from './observed.ts';

export const certifiedExtendsFinalized: SafetyProperty = {
  name: 'CertifiedExtendsFinalized',
  kind: 'safety',
  // Stable: certificates and finalizations are never undone.
  stable: true,
  reference: 'reference §7.9 (strong form); white paper Lemmas 31–32',
  description:
    'Every block with a Notarization or NotarFallback certificate in a correct pool, in the slot of a block a correct node finalized or later, descends from that finalized block. Stronger than ChainConsistency: it fails as soon as a conflicting block is certified, before anyone finalizes it.',
  check(cfg, state) {
    const held = correctCerts(cfg, state);
    for (const f of correctFinalizations(cfg, state)) {
      const node = f.node;
      for (const { node: holder, cert } of held) {
        if (cert.kind !== 'notar' && cert.kind !== 'notarFallback') continue;
        if (cert.slot < f.slot || isAncestor(state.blocks, f.block, cert.block)) continue;
        return `validator ${node} finalized ${nameOf(state, f.block)} but validator ${holder} holds ${cert.kind}(${nameOf(state, cert.block)}), which does not descend from it`;
      }
    }
    return null;
  },
};
