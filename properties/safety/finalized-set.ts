import type { BlockId, NodeId } from '../../src/core/ids.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { finalizedBlocks } from '../../src/model/finality.ts';
import type { State } from '../../src/model/state.ts';

/** Every (node, block) pair some correct node has finalized, ancestors included; genesis left out. */
export function allFinalized(cfg: ModelConfig, state: State): { node: NodeId; block: BlockId }[] {
  const result: { node: NodeId; block: BlockId }[] = [];
  for (const node of cfg.honest) {
    for (const block of finalizedBlocks(cfg, state, node)) if (block !== 0) result.push({ node, block });
  }
  return result;
}
