import type { BlockId, NodeId } from '../../src/core/ids.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { finalizedBlocks } from '../../src/model/finality.ts';
import type { State } from '../../src/model/state.ts';
import { memoByState } from './memo.ts';

/** Every (node, block) pair some correct node has finalized, ancestors included; genesis left out. */
export const allFinalized: (cfg: ModelConfig, state: State) => readonly { node: NodeId; block: BlockId }[] =
  memoByState((cfg, state) => {
    const result: { node: NodeId; block: BlockId }[] = [];
    for (const node of cfg.honest) {
      for (const block of finalizedBlocks(cfg, state, node)) if (block !== 0) result.push({ node, block });
    }
    return result;
  });
