import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import type { ModelConfig } from '../config.ts';
import type { Draft } from '../draft.ts';
import type { Message } from '../messages.ts';

/** Events a node's pool and timers raise into its single-threaded Votor loop (Def. 15–17). */
export type VotorEvent =
  | { readonly type: 'block'; readonly slot: Slot; readonly block: BlockId }
  | { readonly type: 'timeout'; readonly slot: Slot }
  | { readonly type: 'blockNotarized'; readonly slot: Slot; readonly block: BlockId }
  | { readonly type: 'parentReady'; readonly slot: Slot; readonly block: BlockId }
  | { readonly type: 'safeToNotar'; readonly slot: Slot; readonly block: BlockId }
  | { readonly type: 'safeToSkip'; readonly slot: Slot }
  /** Rule parentReadyFromFinalization: the pool finalized b (agave's Finalized event). */
  | { readonly type: 'finalized'; readonly slot: Slot; readonly block: BlockId };

/** One correct node processing one input atomically: its draft, its event queue. */
export interface NodeCtx {
  readonly draft: Draft;
  readonly cfg: ModelConfig;
  readonly node: NodeId;
  readonly queue: VotorEvent[];
}

export function createNodeCtx(draft: Draft, node: NodeId): NodeCtx {
  return { draft, cfg: draft.cfg, node, queue: [] };
}

/** Puts a message in flight to every other correct, online validator (offline ones never receive). */
export function sendToOthers(ctx: NodeCtx, msg: Message): void {
  ctx.draft.broadcast(ctx.node, msg);
}

export function isQueued(ctx: NodeCtx, event: VotorEvent): boolean {
  return ctx.queue.some(
    (e) =>
      e.type === event.type &&
      e.slot === event.slot &&
      (!('block' in e) || !('block' in event) || e.block === event.block),
  );
}
