import type { SafetyProperty } from '../types.ts';
import { certText, correctCerts, correctFinalizations, nameOf } from './observed.ts';

export const slowFinalizationExclusive: SafetyProperty = {
  name: 'SlowFinalizationExclusive',
  kind: 'safety',
  // Stable: certificates are never removed from a pool.
  stable: true,
  reference: 'reference §7.5; white paper Lemma 26',
  description:
    'If b is slow-finalized in s, no other block of s has a NotarFallback (or Notarization) certificate and s has no Skip certificate.',
  check(cfg, state) {
    const held = correctCerts(cfg, state);
    for (const f of correctFinalizations(cfg, state)) {
      const node = f.node;
      if (f.path !== 'slow') continue;
      const clash = held.find(
        ({ cert }) =>
          cert.slot === f.slot && (cert.kind === 'skip' || (cert.kind !== 'final' && cert.block !== f.block)),
      );
      if (clash) {
        return `validator ${node} slow-finalized ${nameOf(state, f.block)} but validator ${clash.node} holds ${certText(state, clash.cert)}`;
      }
    }
    return null;
  },
};
