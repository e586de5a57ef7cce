import { windowSlots } from '../../src/model/schedule.ts';
import { ms } from '../liveness/ms.ts';
import { judgeable } from '../liveness/premises.ts';
import { correctLeader, firstParentReady, windowSpanOf, windowStarts } from '../liveness/windows.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';

/**
 * Timeouts that fit the network skip nothing (Lemma 42 / Theorem 2's premise, paper §2.6 and
 * §3.4: growth only lengthens timeouts; agave's TimeoutCrashedLeader fires only without a shred):
 * when the run's bounds say a correct leader's block reaches every correct node within Δtimeout of
 * its ParentReady — Δ (the leader's ParentReady lags by at most Δ) plus Rotor at most Δtimeout —
 * no correct node casts Skip in a window with a correct leader that every correct node entered
 * after GST. Not judged when the bounds do not fit: then a Skip is the protocol working.
 */
export const noSpuriousSkip: LivenessProperty = {
  name: 'NoSpuriousSkip',
  kind: 'liveness',
  reference: 'white paper Lemma 42, Theorem 2, §3.4; agave votor/src/event_handler.rs (TimeoutCrashedLeader)',
  description:
    'When Δ + Rotor ≤ Δtimeout (the delay fits the timeouts), no correct node casts Skip in a window with a correct leader that every correct node entered after GST (and before any message could be lost).',
  check(ctx) {
    for (const w of enteredWindows(ctx)) {
      const slots = new Set(windowSlots(ctx.cfg, w));
      const skip = ctx.obs.skipVotes.find((s) => slots.has(s.slot));
      if (skip && judgeable(ctx, skip.atMs))
        return `window ${w} (correct leader): validator ${skip.node} cast Skip for slot ${skip.slot} at ${ms(skip.atMs)}, though Δ + Rotor (${ms(ctx.timing.deltaMs + ctx.timing.rotorMs)}) fit in Δtimeout ${ms(ctx.timing.timeoutMs)}`;
    }
    return null;
  },
  // Counted conservatively: a window whose course (a span) fits before delivery stopped being given.
  judged: (ctx) =>
    enteredWindows(ctx).filter((w) => {
      const ready = ctx.cfg.honest.map((v) => firstParentReady(ctx.obs, v, w) as number);
      return judgeable(ctx, Math.max(...ready) + windowSpanOf(ctx));
    }).length,
};

/** Windows with a correct leader every correct node entered after GST, when the timeouts fit. */
function enteredWindows(ctx: LivenessContext): number[] {
  if (!timeoutsFit(ctx)) return [];
  return windowStarts(ctx.cfg).filter((w) => {
    if (!correctLeader(ctx.cfg, w)) return false;
    const ready = ctx.cfg.honest.map((v) => firstParentReady(ctx.obs, v, w));
    return ready.every((t) => t !== undefined && t >= ctx.timing.stableFromMs);
  });
}

/** Does a correct leader's block reach every correct node before its timers can fire? */
export function timeoutsFit(ctx: LivenessContext): boolean {
  return ctx.timing.deltaMs + ctx.timing.rotorMs <= ctx.timing.timeoutMs;
}
