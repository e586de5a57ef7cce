import type { BlockId, NodeId, Slot } from '../../src/core/ids.ts';
import type * as Honest from '../../src/model/actions/honest.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { leaderOf } from '../../src/model/schedule.ts';
import type { State } from '../../src/model/state.ts';

/**
 * The seeded bug of class 3 (leader disagreement), shared by test/mutation/leader-disagreement
 * and its exhaustive half in test/long/mutation: each correct node computes the leader schedule
 * rotated by its own id, so in some windows every correct node believes it leads and proposes.
 */
export function withRotatedLeaders(original: typeof Honest, bug: { readonly on: boolean }): typeof Honest {
  return {
    ...original,
    proposeEnabled(cfg: ModelConfig, state: State, node: NodeId, slot: Slot, parent: BlockId) {
      if (!bug.on) return original.proposeEnabled(cfg, state, node, slot, parent);
      // The mutation: the node's own view of the schedule, rotated by its id.
      const own = { ...cfg, leaderOffset: (cfg.leaderOffset + node) % cfg.validatorCount };
      return leaderOf(own, slot) === node && original.proposeEnabled(own, state, node, slot, parent);
    },
  };
}
