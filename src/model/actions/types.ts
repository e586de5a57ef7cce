import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import type { Message } from '../messages.ts';

/**
 * One step of the untimed model. Concrete and serialisable, so traces store them as they are and
 * a shrunk counterexample reads as a story: who delivered what to whom.
 */
export type Action =
  /** The network delivers one in-flight message to its recipient. */
  | { readonly type: 'deliver'; readonly to: NodeId; readonly msg: Message }
  /** A correct node's timer for `slot` fires (Def. 17). */
  | { readonly type: 'timeout'; readonly node: NodeId; readonly slot: Slot }
  /** A correct leader produces its block for `slot` on `parent` and disseminates it (Alg. 3). */
  | { readonly type: 'propose'; readonly node: NodeId; readonly slot: Slot; readonly parent: BlockId }
  /** A Byzantine leader creates a new version of its block for `slot` (sent later, per recipient). */
  | { readonly type: 'byzPropose'; readonly node: NodeId; readonly slot: Slot; readonly parent: BlockId }
  /** A Byzantine validator hands one message it can sign or assemble to one correct validator. */
  | { readonly type: 'byzSend'; readonly node: NodeId; readonly to: NodeId; readonly msg: Message };
