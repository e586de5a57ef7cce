import type { NodeId, Slot } from '../../core/ids.ts';
import type { ModelConfig } from '../../model/config.ts';
import { isWindowStart, leaderOf, windowSlots } from '../../model/schedule.ts';
import type { TimedParams } from './params.ts';
import type { TimerDurations } from './standstill.ts';

/** What a ParentReady's timers schedule: timeouts, agave's crashed-leader check, block production. */
export type TimerEvent =
  | { readonly type: 'timeout'; readonly node: NodeId; readonly slot: Slot }
  /**
   * Rule crashedLeaderTimer: becomes a Timeout of `slot` if the node has seen no shred of it by
   * `checkMs` (absent: the event's own time; set when the check waited for the leader's block).
   */
  | { readonly type: 'crashedLeader'; readonly node: NodeId; readonly slot: Slot; readonly checkMs?: number }
  | { readonly type: 'produce'; readonly node: NodeId; readonly slot: Slot };

/**
 * The events the timers set by a node's first ParentReady for `slot` at `nowMs` schedule.
 * Def. 17: Timeout(i) at t + Δ_timeout + (i − s + 1)·Δ_block for the window's slots i ≥ s, where s
 * is the window start, or a later slot that parentReadyFromFinalization made parent-ready (agave's
 * TimerState covers `slot..=last_of_consecutive_leader_slots(slot)`). Rule crashedLeaderTimer adds
 * agave's TimeoutCrashedLeader(s) at t + Δ_timeout (votor/src/timer_manager/timers.rs, the
 * WaitDeltaTimeout stage, before the Δ_block stages). The durations are the timer's own: grown
 * during a standstill under adaptive_timeouts (timeout-growth.ts), the base ones otherwise. A
 * leader starts its window's blocks one (base) Δ_block apart from the first ParentReady of the
 * window start (Alg. 3): growth stretches timeouts, not block production (agave scales only
 * the timer manager's durations).
 */
export function timerEvents(
  cfg: ModelConfig,
  params: TimedParams,
  timer: { readonly node: NodeId; readonly slot: Slot } & TimerDurations,
  nowMs: number,
): { atMs: number; event: TimerEvent }[] {
  const { node, slot, timeoutMs, blockMs } = timer;
  const covered = windowSlots(cfg, slot).filter((k) => k >= slot);
  const out: { atMs: number; event: TimerEvent }[] = [];
  if (cfg.rules.crashedLeaderTimer)
    out.push({ atMs: nowMs + timeoutMs, event: { type: 'crashedLeader', node, slot } });
  for (const k of covered) {
    const atMs = nowMs + timeoutMs + (k - slot + 1) * blockMs;
    out.push({ atMs, event: { type: 'timeout', node, slot: k } });
  }
  if (!isWindowStart(slot, cfg.windowSize) || leaderOf(cfg, slot) !== node) return out;
  for (const k of covered) {
    out.push({
      atMs: nowMs + (k - slot + 1) * params.blockTimeMs,
      event: { type: 'produce', node, slot: k },
    });
  }
  return out;
}
