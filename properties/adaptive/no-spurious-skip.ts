import { windowSlots } from '../../src/model/schedule.ts';
import { ms } from '../liveness/ms.ts';
import { judgeable } from '../liveness/premises.ts';
import { correctLeader, firstParentReady, windowStarts } from '../liveness/windows.ts';
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
    if (!timeoutsFit(ctx)) return null;
    for (const w of windowStarts(ctx.cfg)) {
      if (!correctLeader(ctx.cfg, w)) continue;
      const ready = ctx.cfg.honest.map((v) => firstParentReady(ctx.obs, v, w));
      if (ready.some((t) => t === undefined || t < ctx.timing.stableFromMs)) continue;
      const slots = new Set(windowSlots(ctx.cfg, w));
      const skip = ctx.obs.skipVotes.find((s) => slots.has(s.slot));
      if (skip && judgeable(ctx, skip.atMs))
        return `window ${w} (correct leader): validator ${skip.node} cast Skip for slot ${skip.slot} at ${ms(skip.atMs)}, though Δ + Rotor (${ms(ctx.timing.deltaMs + ctx.timing.rotorMs)}) fit in Δtimeout ${ms(ctx.timing.timeoutMs)}`;
    }
    return null;
  },
};

/** Does a correct leader's block reach every correct node before its timers can fire? */
export function timeoutsFit(ctx: LivenessContext): boolean {
  return ctx.timing.deltaMs + ctx.timing.rotorMs <= ctx.timing.timeoutMs;
}
