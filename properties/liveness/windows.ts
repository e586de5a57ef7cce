import type { NodeId, Slot } from '../../src/core/ids.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { type LivenessTiming, type TimedObservations, windowSpanMs } from '../../src/model/observations.ts';
import { leaderOf, windowStart } from '../../src/model/schedule.ts';
import type { LivenessContext } from '../types.ts';
import { ms } from './ms.ts';
import { judgeable } from './premises.ts';

/** Window start slots up to the run's last slot. */
export function windowStarts(cfg: ModelConfig): Slot[] {
  const starts: Slot[] = [];
  for (let s = 1; s <= cfg.maxSlot; s += cfg.windowSize) starts.push(s);
  return starts;
}

export function correctLeader(cfg: ModelConfig, windowStart: Slot): boolean {
  return cfg.roles[leaderOf(cfg, windowStart)] === 'honest';
}

/** Time of a node's first ParentReady for a window (the one that set its timers), if any. */
export function firstParentReady(
  obs: TimedObservations,
  node: NodeId,
  windowStart: Slot,
): number | undefined {
  let first: number | undefined;
  for (const p of obs.parentReady) {
    if (p.node === node && p.slot === windowStart && (first === undefined || p.atMs < first)) first = p.atMs;
  }
  return first;
}

/** Longest run of consecutive windows whose leader is not correct (they can only be skipped). */
export function longestFaultyLeaderRun(cfg: ModelConfig): number {
  let longest = 0;
  let current = 0;
  for (const w of windowStarts(cfg)) {
    current = correctLeader(cfg, w) ? 0 : current + 1;
    longest = Math.max(longest, current);
  }
  return longest;
}

/**
 * The window span bound (observations.ts) for this run's timing and window size, with the longest
 * timers any correct node set in the run: under adaptive_timeouts a standstill grows Δtimeout and
 * Δblock, and the paper's bounds hold for the timeouts in use (Theorem 2 needs them ≥ 3Δ, not equal).
 */
export function windowSpanOf(ctx: LivenessContext): number {
  return windowSpanMs(grownTiming(ctx, ctx.obs.timerSettings), ctx.cfg.windowSize);
}

/** The window span bound for window `w`, with the longest timers a correct node set for it. */
export function windowSpanAt(ctx: LivenessContext, w: Slot): number {
  const mine = ctx.obs.timerSettings.filter((t) => windowStart(t.slot, ctx.cfg.windowSize) === w);
  return windowSpanMs(grownTiming(ctx, mine), ctx.cfg.windowSize);
}

/**
 * The longest Δtimeout and Δblock any correct node set its timers of window `w` with (the base
 * when none grew): a certificate of the window needs the votes of nodes whose timers grew too.
 */
export function longestTimersOf(ctx: LivenessContext, w: Slot): { timeoutMs: number; blockMs: number } {
  const mine = ctx.obs.timerSettings.filter((t) => windowStart(t.slot, ctx.cfg.windowSize) === w);
  const grown = grownTiming(ctx, mine);
  return { timeoutMs: grown.timeoutMs, blockMs: grown.blockTimeMs };
}

/** The timing with the longest of these timer settings' durations (never below the base). */
function grownTiming(ctx: LivenessContext, settings: TimedObservations['timerSettings']): LivenessTiming {
  let timeoutMs = ctx.timing.timeoutMs;
  let blockTimeMs = ctx.timing.blockTimeMs;
  for (const t of settings) {
    timeoutMs = Math.max(timeoutMs, t.timeoutMs);
    blockTimeMs = Math.max(blockTimeMs, t.blockMs);
  }
  return { ...ctx.timing, timeoutMs, blockTimeMs };
}

/**
 * The second half of Lemmas 39 and 41: after window w resolved at node v by `resolvedByMs`, the
 * next window becomes ParentReady at v within Δ. Null when it did, when there is no next window,
 * or when the run ended first; otherwise the problem, as the end of a property's message.
 */
export function nextWindowLate(
  ctx: LivenessContext,
  v: NodeId,
  nextWindow: Slot | undefined,
  resolvedByMs: number,
): string | null {
  const byMs = resolvedByMs + ctx.timing.deltaMs;
  if (nextWindow === undefined || !judgeable(ctx, byMs)) return null;
  const nextReady = firstParentReady(ctx.obs, v, nextWindow);
  if (nextReady !== undefined && nextReady <= byMs) return null;
  return `validator ${v} was not ParentReady for window ${nextWindow} by ${ms(byMs)}`;
}
