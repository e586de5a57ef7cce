import { isAncestor } from '../../src/model/block.ts';
import type { SafetyProperty } from '../types.ts';
import { allFinalized } from './finalized-set.ts';
import { nameOf } from './observed.ts';

export const chainConsistency: SafetyProperty = {
  name: 'ChainConsistency',
  kind: 'safety',
  // Stable: finalizations are never undone.
  stable: true,
  reference: 'reference §7.9; white paper Theorem 1',
  description:
    'If a correct node finalizes b in slot s and any correct node finalizes b′ in slot s′ ≥ s, then b′ is b or a descendant of b: all finalized blocks form one chain.',
  check(cfg, state) {
    const finalized = [...allFinalized(cfg, state)];
    const slotOf = (block: number) => state.blocks[block]?.slot ?? -1;
    finalized.sort((a, b) => slotOf(a.block) - slotOf(b.block) || a.block - b.block);
    // Ancestry is transitive, so consecutive pairs of the slot-sorted list are enough.
    for (let i = 1; i < finalized.length; i++) {
      const lower = finalized[i - 1]!;
      const higher = finalized[i]!;
      if (lower.block !== higher.block && !isAncestor(state.blocks, lower.block, higher.block)) {
        return `validator ${lower.node} finalized ${nameOf(state, lower.block)} and validator ${higher.node} finalized ${nameOf(state, higher.block)}, which does not descend from it`;
      }
    }
    return null;
  },
};
