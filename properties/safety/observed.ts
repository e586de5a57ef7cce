import type { BlockId, NodeId } from '../../src/core/ids.ts';
import { blockName } from '../../src/model/block.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { directFinalizations, type Finalization } from '../../src/model/finality.ts';
import type { Cert } from '../../src/model/messages.ts';
import type { State } from '../../src/model/state.ts';
import { memoByState } from './memo.ts';

/**
 * "A certificate exists" in the white paper's lemmas means a correct node holds it (P25): these
 * helpers range over the union of correct pools.
 */
export interface HeldCert {
  readonly node: NodeId;
  readonly cert: Cert;
}

export const correctCerts: (cfg: ModelConfig, state: State) => readonly HeldCert[] = memoByState(
  (cfg, state) => {
    const held: HeldCert[] = [];
    for (const node of cfg.honest) {
      const slots = state.nodes[node]?.slots ?? [];
      for (const slot of slots) for (const cert of slot.certs) held.push({ node, cert });
    }
    return held;
  },
);

/** Every correct node's direct finalizations (Def. 14), in node order. */
export const correctFinalizations: (cfg: ModelConfig, state: State) => readonly Finalization[] = memoByState(
  (cfg, state) => cfg.honest.flatMap((node) => directFinalizations(cfg, state, node)),
);

export function nameOf(state: State, block: BlockId): string {
  const b = state.blocks[block];
  return b ? blockName(b) : `#${block}`;
}

export function certText(state: State, cert: Cert): string {
  const target = cert.block >= 0 ? `${nameOf(state, cert.block)}` : `slot ${cert.slot}`;
  return `${cert.kind}(${target})`;
}
