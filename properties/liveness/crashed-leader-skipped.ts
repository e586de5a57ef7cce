import { windowSlots } from '../../src/model/schedule.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';
import { ms } from './ms.ts';
import { judgeable } from './premises.ts';
import { correctLeader, firstParentReady, longestTimersOf, nextWindowLate, windowStarts } from './windows.ts';

/**
 * Lemma 39 with a crashed (or silent) leader: every slot of its window gets a Skip certificate at
 * every correct node within Δ_timeout + W·Δ_block + 2Δ of that node's first ParentReady for the
 * window, and the next window's ParentReady follows within another Δ. A window whose Byzantine
 * leader made a block is not a crashed leader's: its blocks may be notarized (Lemma 39's premise
 * is a window with no block; WindowsResolve, Lemmas 41–42, judges how it resolves). A Byzantine
 * leader that made none is judged as crashed.
 */
export const crashedLeaderSkipped: LivenessProperty = {
  name: 'CrashedLeaderSkipped',
  kind: 'liveness',
  reference: 'reference §7.13; white paper Lemma 39',
  description:
    'After GST, a window whose leader is crashed ends in Skip certificates for all its slots at every correct node within Δ_timeout + W·Δ_block + 2Δ of its ParentReady, and the next window becomes ParentReady within another Δ.',
  check(ctx) {
    const starts = windowStarts(ctx.cfg);
    for (const [i, w] of starts.entries()) {
      if (correctLeader(ctx.cfg, w) || leaderProposed(ctx, w)) continue;
      const problem = checkWindow(ctx, w, starts[i + 1]);
      if (problem) return problem;
    }
    return null;
  },
};

/** Did the window's (faulty) leader make a block for one of its slots (a Byzantine proposal)? */
function leaderProposed(ctx: LivenessContext, w: number): boolean {
  const slots = new Set(windowSlots(ctx.cfg, w));
  return ctx.obs.proposals.some((p) => slots.has(p.slot));
}

function checkWindow(ctx: LivenessContext, w: number, nextWindow: number | undefined): string | null {
  const { cfg, obs, timing } = ctx;
  const slots = windowSlots(cfg, w);
  for (const v of cfg.honest) {
    const ready = firstParentReady(obs, v, w);
    if (ready === undefined || ready < timing.stableFromMs) continue;
    // The window's longest timers: a Skip certificate needs the votes of nodes whose timers grew
    // in a standstill (adaptive_timeouts) as well (a fuzz campaign found the base bound too short).
    const { timeoutMs, blockMs } = longestTimersOf(ctx, w);
    const deadline = ready + timeoutMs + slots.length * blockMs + 2 * timing.deltaMs;
    if (!judgeable(ctx, deadline)) continue; // premises.ts
    for (const s of slots) {
      const skip = obs.certs.find((c) => c.node === v && c.kind === 'skip' && c.slot === s);
      if (!skip || skip.atMs > deadline) {
        return `window ${w} (crashed leader): validator ${v} had no Skip certificate for slot ${s} by ${ms(deadline)}${skip ? ` (got it at ${ms(skip.atMs)})` : ''}`;
      }
    }
    const late = nextWindowLate(ctx, v, nextWindow, deadline);
    if (late) return `window ${w} (crashed leader): ${late}`;
  }
  return null;
}
