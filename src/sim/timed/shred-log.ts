import { NO_BLOCK, type NodeId, type Slot } from '../../core/ids.ts';
import type { State } from '../../model/state.ts';

/**
 * Rule crashedLeaderTimer: when each node got its first shred of each slot, agave's FirstShred
 * event (`received_shred` in votor/src/event_handler.rs). TimeoutCrashedLeader skips the window
 * only if no shred of its slot has arrived: a leader whose block is still on its way is slow, not
 * crashed. Rotor says when shreds arrive (rotorDeliveries); the model itself sees whole blocks.
 */
export class ShredLog {
  private readonly firstMs = new Map<string, number>();

  note(node: NodeId, slot: Slot, atMs: number): void {
    const key = `${node}/${slot}`;
    const old = this.firstMs.get(key);
    if (old === undefined || atMs < old) this.firstMs.set(key, atMs);
  }

  /** Has `node` a shred of `slot` at `atMs`: one arrived, or it holds a complete block (its own)? */
  seen(state: State, node: NodeId, slot: Slot, atMs: number): boolean {
    const view = state.nodes[node]?.slots[slot];
    if (view !== undefined && view.firstBlock !== NO_BLOCK) return true;
    const first = this.firstMs.get(`${node}/${slot}`);
    return first !== undefined && first <= atMs;
  }
}
