import type { NodeId } from '../../src/core/ids.ts';
import { CAP_WINDOWS, GROWTH_DENOMINATOR, GROWTH_NUMERATOR } from '../../src/sim/timed/timeout-growth.ts';
import { ms } from '../liveness/ms.ts';
import { judgeable } from '../liveness/premises.ts';
import { correctLeader, firstParentReady, windowStarts } from '../liveness/windows.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';
import { type StandstillEpisode, standstillEpisodes } from './standstill-episodes.ts';

/**
 * Windows of slack beyond n*: one because growth counts whole windows from the standstill slot,
 * which may be a window's last slot; one because a timer uses the multiplier of the ParentReady
 * that set it, so the first window long enough is the one after the multiplier got there; one for
 * the Notarization and Finalization of that window's blocks to reach the node. Measured in
 * test/long/properties/adaptive/progress-slack.test.ts: the bounds behind n* are conservative
 * (at most 35 windows where n* was 46), so the slack is not where a real stall would hide.
 */
export const PROGRESS_SLACK_WINDOWS = 3;

/**
 * n* = ⌈ln(D/Δ) / ln 1.05⌉: the fewest windows of growth with Δ · 1.05^n ≥ D, in exact integers.
 * Here D is what a window's first timeout must cover — Δ (the leader's ParentReady may lag by Δ)
 * plus Rotor — and Δ is the base Δtimeout that should cover it. With Rotor = 2δ and Δtimeout = 3δ
 * (agave DELTA_TIMEOUT = 3 · DELTA, votor/src/common.rs) it is the ratio of the true delay
 * to the delay the timeouts were made for.
 */
export function windowsToCover(needMs: number, baseMs: number): number {
  const d = BigInt(Math.ceil(needMs));
  const delta = BigInt(Math.max(1, baseMs));
  let n = 0;
  while (n < CAP_WINDOWS && delta * GROWTH_NUMERATOR ** BigInt(n) < d * GROWTH_DENOMINATOR ** BigInt(n)) n++;
  return n;
}

/**
 * Dynamic timeouts restore liveness when the real delay D exceeds the Δ the timeouts assume (paper
 * §3.4: "each node independently increases its timeouts"; agave's 5 % per window): a correct node in
 * a standstill after GST finalizes again before it enters more than n* + S windows with correct
 * leaders past its standstill slot. Without adaptive_timeouts a delay D > Δ stalls: every window
 * times out before its blocks arrive, and the property fails (the contrast the issue asks for).
 */
export const progressAfterStall: LivenessProperty = {
  name: 'ProgressAfterStall',
  kind: 'liveness',
  reference: 'white paper §3.4 (dynamic timeouts); agave votor/src/timer_manager/timers.rs',
  description: `After GST a correct node in a standstill finalizes again within n* + ${PROGRESS_SLACK_WINDOWS} windows with correct leaders past its standstill slot: n* = ⌈ln(D/Δtimeout)/ln 1.05⌉ (0 when D ≤ Δtimeout), D = Δ + Rotor, what a window's first timeout must cover.`,
  check(ctx) {
    for (const v of episodeVerdicts(ctx)) if (v.problem) return v.problem;
    return null;
  },
  judged: (ctx) => episodeVerdicts(ctx).filter((v) => v.judged).length,
};

/** Each standstill of each correct node: judged (ended by a finalization, or past the bound) and how. */
function episodeVerdicts(ctx: LivenessContext): { judged: boolean; problem: string | null }[] {
  const needMs = ctx.timing.deltaMs + ctx.timing.rotorMs;
  const bound = windowsToCover(needMs, ctx.timing.timeoutMs) + PROGRESS_SLACK_WINDOWS;
  return ctx.cfg.honest.flatMap((node) =>
    standstillEpisodes(ctx.obs, node).map((e) => episodeProblem(ctx, node, e, bound)),
  );
}

function episodeProblem(
  ctx: LivenessContext,
  node: NodeId,
  e: StandstillEpisode,
  bound: number,
): { judged: boolean; problem: string | null } {
  let passed = 0;
  for (const w of windowStarts(ctx.cfg)) {
    if (w <= e.fromSlot || !correctLeader(ctx.cfg, w)) continue;
    const readyMs = firstParentReady(ctx.obs, node, w);
    if (readyMs === undefined || readyMs < ctx.timing.stableFromMs) continue;
    if (e.end !== null && readyMs >= e.end.atMs) break;
    passed++;
    if (passed <= bound) continue;
    if (!judgeable(ctx, readyMs)) return { judged: false, problem: null };
    const problem = `validator ${node}: in a standstill since ${ms(e.start.atMs)} (standstill slot ${e.fromSlot}), entered ${passed} windows with correct leaders past it without finalizing (by window ${w} at ${ms(readyMs)}; bound ${bound} = n* ${bound - PROGRESS_SLACK_WINDOWS} + ${PROGRESS_SLACK_WINDOWS})`;
    return { judged: true, problem };
  }
  // Ended by a finalization within the bound: judged, and it held. Open at the run's end: not judged.
  const judged = e.end !== null && e.end.atMs >= ctx.timing.stableFromMs && judgeable(ctx, e.end.atMs);
  return { judged, problem: null };
}
