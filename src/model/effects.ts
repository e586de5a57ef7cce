import type { BlockId, NodeId, Slot } from '../core/ids.ts';
import type { Cert, Envelope } from './messages.ts';

/**
 * What one transition did besides changing the state, for drivers that add time (the timed
 * simulator): messages sent, timers set, certificates stored, ParentReady and Block events. The
 * untimed drivers pass no recorder and pay nothing. With a recorder, sent messages are handed to
 * the driver instead of entering the state's in-flight set (the driver delivers them).
 */
export class StepEffects {
  readonly sent: Envelope[] = [];
  /**
   * Timers set by a node's first ParentReady for `slot`: a window start (Def. 17), or a later slot
   * of the window under rule parentReadyFromFinalization (its timers cover that slot on).
   */
  readonly timers: { node: NodeId; slot: Slot }[] = [];
  readonly certs: { node: NodeId; cert: Cert }[] = [];
  readonly parentReady: { node: NodeId; slot: Slot; block: BlockId }[] = [];
  readonly blocks: { node: NodeId; block: BlockId }[] = [];
}
