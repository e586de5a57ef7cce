import type { SafetyProperty } from '../types.ts';
import { correctCerts, nameOf } from './observed.ts';

export const notarizationUniqueness: SafetyProperty = {
  name: 'NotarizationUniqueness',
  kind: 'safety',
  // Stable: certificates are never removed from a pool.
  stable: true,
  reference: 'reference §7.4; white paper Lemma 24',
  description: 'At most one block per slot has a Notarization certificate in the union of correct pools.',
  check(cfg, state) {
    const notarized = new Map<number, { block: number; node: number }>();
    for (const { node, cert } of correctCerts(cfg, state)) {
      if (cert.kind !== 'notar') continue;
      const other = notarized.get(cert.slot);
      if (other && other.block !== cert.block) {
        return `slot ${cert.slot}: validator ${other.node} holds notar(${nameOf(state, other.block)}), validator ${node} holds notar(${nameOf(state, cert.block)})`;
      }
      notarized.set(cert.slot, { block: cert.block, node });
    }
    return null;
  },
};
