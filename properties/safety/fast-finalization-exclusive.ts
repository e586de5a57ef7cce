import type { SafetyProperty } from '../types.ts';
import { certText, correctCerts } from './observed.ts';

export const fastFinalizationExclusive: SafetyProperty = {
  name: 'FastFinalizationExclusive',
  kind: 'safety',
  // Stable: certificates are never removed from a pool.
  stable: true,
  reference: 'reference §7.3; white paper Lemma 21',
  description:
    'If b is fast-finalized in s, no other block of s has a Notarization or NotarFallback certificate and s has no Skip certificate (over all correct pools).',
  check(cfg, state) {
    const held = correctCerts(cfg, state);
    for (const fast of held) {
      if (fast.cert.kind !== 'fastFinal') continue;
      const clash = held.find(
        ({ cert }) =>
          cert.slot === fast.cert.slot &&
          (cert.kind === 'skip' ||
            ((cert.kind === 'notar' || cert.kind === 'notarFallback') && cert.block !== fast.cert.block)),
      );
      if (clash) {
        return `validator ${fast.node} holds ${certText(state, fast.cert)} but validator ${clash.node} holds ${certText(state, clash.cert)}`;
      }
    }
    return null;
  },
};
