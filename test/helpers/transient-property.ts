import type { SafetyProperty } from '../../properties/types.ts';
import { finalizedBlocks } from '../../src/model/finality.ts';

/**
 * A test-only safety property violated exactly while some correct node has finalized slot 1 but
 * not slot 2: a transient state, which a check of the last state alone misses (the drivers'
 * every-state safety checks are tested with it).
 */
export const transient: SafetyProperty = {
  name: 'Transient',
  kind: 'safety',
  reference: 'test only',
  description: 'no correct node has finalized slot 1 without slot 2',
  check(cfg, state) {
    for (const node of cfg.honest) {
      const slots = new Set([...finalizedBlocks(cfg, state, node)].map((b) => state.blocks[b]?.slot));
      if (slots.has(1) && !slots.has(2)) return `validator ${node} finalized slot 1 but not slot 2`;
    }
    return null;
  },
};
