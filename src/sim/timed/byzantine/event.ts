import type { BlockId, NodeId, Slot } from '../../../core/ids.ts';

/**
 * What the timed adversary does when (agent.ts). Each event is the adversary's decision point; what
 * it may sign is the model's (capabilities.ts), what reaches correct nodes becomes their inputs.
 */
export type ByzantineEvent =
  /** Byzantine leader `node` makes one version of its block for `slot` (parent null: its own block of slot − 1). */
  | {
      readonly type: 'byzantine';
      readonly act: 'propose';
      readonly node: NodeId;
      readonly slot: Slot;
      readonly parent: BlockId | null;
    }
  /** It sends the versions it made for `slot` (to whom, and whether late, is the policy's). */
  | {
      readonly type: 'byzantine';
      readonly act: 'disseminate';
      readonly node: NodeId;
      readonly slot: Slot;
      readonly delayed: boolean;
    }
  /** A block of `slot` reached a correct node (the adversary sees the network): its validators vote. */
  | { readonly type: 'byzantine'; readonly act: 'vote'; readonly block: BlockId }
  /** A correct node holds a Notarization of `slot`: the Byzantine validators may send Final. */
  | { readonly type: 'byzantine'; readonly act: 'notarized'; readonly slot: Slot };
