import type { SafetyProperty } from '../types.ts';
import { allFinalized } from './finalized-set.ts';
import { nameOf } from './observed.ts';

export const noConflictingFinalization: SafetyProperty = {
  name: 'NoConflictingFinalization',
  kind: 'safety',
  // Stable: finalizations are never undone.
  stable: true,
  reference: 'reference §7.8; white paper Theorem 1',
  description:
    'No two correct nodes finalize different blocks in the same slot (ancestors of finalized blocks included).',
  check(cfg, state) {
    const bySlot = new Map<number, { node: number; block: number }>();
    for (const f of allFinalized(cfg, state)) {
      const slot = state.blocks[f.block]?.slot ?? -1;
      const other = bySlot.get(slot);
      if (other && other.block !== f.block) {
        return `slot ${slot}: validator ${other.node} finalized ${nameOf(state, other.block)}, validator ${f.node} finalized ${nameOf(state, f.block)}`;
      }
      bySlot.set(slot, f);
    }
    return null;
  },
};
