import type { NodeId, Slot } from '../../core/ids.ts';
import type { ModelConfig } from '../../model/config.ts';
import type { TimedObservations } from '../../model/observations.ts';
import type { State } from '../../model/state.ts';
import { grownMs, windowsSinceStandstill } from './timeout-growth.ts';

/** What the standstill clock and timeout growth need of the run's parameters. */
export interface GrowthParams {
  readonly timeoutMs: number;
  readonly blockTimeMs: number;
  readonly timeoutGrowth: boolean;
}

/** The Δtimeout and Δblock a window's timers are set with. */
export interface TimerDurations {
  readonly timeoutMs: number;
  readonly blockMs: number;
}

/**
 * Each correct node's standstill state, fed by the observation recorder so the simulator and the
 * replay of its trace derive the same timers: the highest slot it finalized, how often that rose
 * (the simulator restarts the node's Δstandstill clock on a rise: agave resets `standstill_timer`
 * on a new finalized slot, votor/src/consensus_pool_service.rs), and the slot its timeout growth
 * counts from while a standstill lasts (agave `standstill_slot`, votor/src/event_handler.rs: set
 * to the highest ParentReady slot at the first Standstill event, cleared by any Finalized event).
 */
export class StandstillTracker {
  private readonly finalizedSlot: Slot[];
  private readonly rises: number[];
  private readonly fromSlot: (Slot | null)[];

  private readonly windowSize: number;
  /** The input being recorded (0: the initial state), set by the recorder: it orders same-time events. */
  step = 0;

  constructor(
    cfg: ModelConfig,
    private readonly params: GrowthParams,
    private readonly obs: TimedObservations,
  ) {
    this.windowSize = cfg.windowSize;
    this.finalizedSlot = new Array<Slot>(cfg.validatorCount).fill(0);
    this.rises = new Array<number>(cfg.validatorCount).fill(0);
    this.fromSlot = new Array<Slot | null>(cfg.validatorCount).fill(null);
  }

  /** A new finalization at `node`: growth ends; a higher slot restarts the standstill clock. */
  finalized(node: NodeId, slot: Slot): void {
    this.fromSlot[node] = null;
    if (slot <= (this.finalizedSlot[node] ?? 0)) return;
    this.finalizedSlot[node] = slot;
    this.rises[node] = (this.rises[node] ?? 0) + 1;
  }

  /** The highest slot `node` finalized (0: none). */
  finalizedSlotOf(node: NodeId): Slot {
    return this.finalizedSlot[node] ?? 0;
  }

  /** How often `node`'s highest finalized slot rose: a change tells the simulator to restart its clock. */
  risesOf(node: NodeId): number {
    return this.rises[node] ?? 0;
  }

  /** Δstandstill passed at `node` (state: before its re-broadcast, which changes no ParentReady). */
  standstill(node: NodeId, atMs: number, state: State): void {
    const from = this.fromSlot[node] ?? highestParentReadySlot(state, node);
    this.fromSlot[node] = from;
    this.obs.standstills.push({
      node,
      atMs,
      step: this.step,
      finalizedSlot: this.finalizedSlot[node] ?? 0,
      fromSlot: from,
    });
  }

  /**
   * The durations of the timers `node` sets for `slot` now, recorded as a timer setting. Without
   * adaptive_timeouts they are the base ones (Def. 17), uncapped: the cap belongs to the growth.
   */
  timers(node: NodeId, slot: Slot, atMs: number): TimerDurations {
    const { timeoutMs: baseTimeoutMs, blockTimeMs, timeoutGrowth } = this.params;
    const windows = timeoutGrowth
      ? windowsSinceStandstill(slot, this.fromSlot[node] ?? null, this.windowSize)
      : 0;
    const timeoutMs = timeoutGrowth ? grownMs(baseTimeoutMs, windows) : baseTimeoutMs;
    const blockMs = timeoutGrowth ? grownMs(blockTimeMs, windows) : blockTimeMs;
    this.obs.timerSettings.push({ node, slot, atMs, step: this.step, windows, timeoutMs, blockMs });
    return { timeoutMs, blockMs };
  }
}

function highestParentReadySlot(state: State, node: NodeId): Slot {
  const slots = state.nodes[node]?.slots ?? [];
  for (let slot = slots.length - 1; slot > 0; slot--)
    if ((slots[slot]?.parentReady.length ?? 0) > 0) return slot;
  return 0;
}
