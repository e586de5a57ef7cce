import type { NodeId } from '../../src/core/ids.ts';
import { windowSlots } from '../../src/model/schedule.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';
import { ms } from './ms.ts';
import { judgeable } from './premises.ts';
import {
  correctLeader,
  firstParentReady,
  longestFaultyLeaderRun,
  windowSpanOf,
  windowStarts,
} from './windows.ts';

/**
 * After GST the highest finalized slot of every correct node rises at least once in every
 * stretch of P ms, until no window with a correct leader is left above it. P allows the window
 * under way at GST to end, the longest run of windows with faulty leaders to be skipped, and one
 * correct window to finalize.
 */
export const eventualProgress: LivenessProperty = {
  name: 'EventualProgress',
  kind: 'liveness',
  reference: 'reference §7.12; white paper Lemmas 40–41',
  description:
    'After GST every correct node keeps finalizing: its highest finalized slot rises within P = (k + 2) · (Δ_timeout + W·Δ_block + Rotor + 4Δ) of GST and of every previous rise (k = longest run of windows with faulty leaders; one more span for the window under way at GST), until no window with a correct leader that began after GST is left.',
  check(ctx) {
    // One span for the window under way at GST, k for faulty leaders, one for a correct window.
    const bound = (longestFaultyLeaderRun(ctx.cfg) + 2) * windowSpanOf(ctx);
    const lastGoal = lastCorrectLeaderSlot(ctx);
    if (lastGoal === 0) return null; // no correct window left to finalize after GST
    for (const node of ctx.cfg.honest) {
      const problem = stall(ctx, node, bound, lastGoal);
      if (problem) return problem;
    }
    return null;
  },
};

/**
 * The last slot correct nodes must still finalize: the end of the last window with a correct
 * leader that no correct node had set timers for before GST. A window some node began before GST
 * may end skipped — Theorem 2 promises nothing for it (P30).
 */
function lastCorrectLeaderSlot(ctx: LivenessContext): number {
  let last = 0;
  for (const w of windowStarts(ctx.cfg)) {
    const early = ctx.cfg.honest.some(
      (v) => (firstParentReady(ctx.obs, v, w) ?? Infinity) < ctx.timing.stableFromMs,
    );
    if (correctLeader(ctx.cfg, w) && !early) last = windowSlots(ctx.cfg, w).at(-1) as number;
  }
  return last;
}

function stall(ctx: LivenessContext, node: NodeId, boundMs: number, lastGoal: number): string | null {
  const rises = ctx.obs.finalized.filter((f) => f.node === node).sort((a, b) => a.atMs - b.atMs);
  let highest = 0;
  let since = ctx.timing.stableFromMs;
  for (const f of rises) {
    if (f.slot <= highest) continue;
    if (f.atMs > since + boundMs && f.atMs > ctx.timing.stableFromMs) break;
    highest = f.slot;
    since = Math.max(since, f.atMs);
    if (highest >= lastGoal) return null;
  }
  const deadline = since + boundMs;
  if (!judgeable(ctx, deadline)) return null; // the run ended, or messages may be lost, first (premises.ts)
  return `validator ${node}: highest finalized slot stuck at ${highest} from ${ms(since)} to at least ${ms(deadline)} (bound ${ms(boundMs)} after GST ${ms(ctx.timing.stableFromMs)})`;
}
