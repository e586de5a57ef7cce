import type { NodeId, Slot } from '../../src/core/ids.ts';
import { type LivenessTiming, windowSpanMs } from '../../src/model/observations.ts';
import { ms } from '../liveness/ms.ts';
import { correctLeader, longestFaultyLeaderRun, windowStarts } from '../liveness/windows.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';
import { timeoutsFit } from './no-spurious-skip.ts';

/**
 * The standstill re-broadcast restores what a partition lost (paper §3.3; agave issue #13638, fixed
 * by re-broadcasting certificates, votor/src/consensus_pool_service.rs): after the last partition
 * heals, every correct node finalizes a later slot than it had and records a later ParentReady
 * (each when there is something left to do, see nodeProblem), within R = Δstandstill + 4Δ + (k + 2) window spans (k: longest run of windows
 * with faulty leaders; spans with the longest timers the run set). Δstandstill covers the wait for
 * the node's standstill clock, 4Δ the re-broadcast and the certificates it completes.
 */
export const standstillRecovers: LivenessProperty = {
  name: 'StandstillRecovers',
  kind: 'liveness',
  reference: 'white paper §3.3 (standstill); agave issue #13638, votor/src/consensus_pool_service.rs',
  description:
    'After the last partition heals (after GST, no random loss, Δ + Rotor ≤ Δtimeout), within Δstandstill + 4Δ + (k + 2) window spans every correct node finalizes a later slot (when a window with a correct leader begins after those under way) and reaches a later ParentReady (unless it finalized past every window left).',
  check(ctx) {
    const deadlineMs = recoveryDeadline(ctx);
    if (deadlineMs === null) return null;
    for (const node of ctx.cfg.honest) {
      const problem = nodeProblem(ctx, node, ctx.timing.stableFromMs, deadlineMs);
      if (problem) return problem;
    }
    return null;
  },
  // The correct nodes it held to a recovery: all of them once its premises hold, else none.
  judged: (ctx) => (recoveryDeadline(ctx) === null ? 0 : ctx.cfg.honest.length),
};

/**
 * By when every correct node must have recovered, counted from the heal (or GST, whichever is
 * later); null when the premises do not hold: no partition, random loss, timeouts that do not fit
 * Δ + Rotor, or a run that ended first.
 */
function recoveryDeadline(ctx: LivenessContext): number | null {
  const healMs = ctx.timing.lastHealMs ?? null;
  if (healMs === null || (ctx.timing.lossPpm ?? 0) > 0 || !timeoutsFit(ctx)) return null;
  const deadlineMs = ctx.timing.stableFromMs + recoveryMs(ctx);
  return deadlineMs > ctx.obs.endMs ? null : deadlineMs;
}

function recoveryMs(ctx: LivenessContext): number {
  const longest = (key: 'timeoutMs' | 'blockMs', base: number) =>
    Math.max(base, ...ctx.obs.timerSettings.map((t) => t[key]));
  const grown: LivenessTiming = {
    ...ctx.timing,
    timeoutMs: longest('timeoutMs', ctx.timing.timeoutMs),
    blockTimeMs: longest('blockMs', ctx.timing.blockTimeMs),
  };
  const spans = (longestFaultyLeaderRun(ctx.cfg) + 2) * windowSpanMs(grown, ctx.cfg.windowSize);
  return ctx.timing.standstillMs + 4 * ctx.timing.deltaMs + spans;
}

type Event = { node: NodeId; slot: Slot; atMs: number };

const highestBy = (list: readonly Event[], node: NodeId, byMs: number) =>
  Math.max(0, ...list.filter((e) => e.node === node && e.atMs <= byMs).map((e) => e.slot));

function nodeProblem(ctx: LivenessContext, node: NodeId, fromMs: number, deadlineMs: number): string | null {
  const where = `validator ${node}: from the heal at ${ms(fromMs)} to ${ms(deadlineMs)}`;
  // A finalization is owed only if a window with a correct leader starts after every window a
  // correct node had entered at the heal: the window under way may be skipped (its leader may be
  // the node that was cut off), and windows with faulty leaders are. The model's chain ends at
  // max_rounds, so a node behind a cluster that finished has no later window to rejoin by.
  const cluster = Math.max(...ctx.cfg.honest.map((v) => highestBy(ctx.obs.parentReady, v, fromMs)));
  const finalizedAtHeal = highestBy(ctx.obs.finalized, node, fromMs);
  const finalizedBy = highestBy(ctx.obs.finalized, node, deadlineMs);
  const owed = windowStarts(ctx.cfg).some((w) => w > cluster && correctLeader(ctx.cfg, w));
  if (owed && finalizedBy <= finalizedAtHeal) return `${where} no finalization after slot ${finalizedAtHeal}`;
  // A later ParentReady is owed for a window that begins after those under way at the heal (its
  // certificates are made, and sent, after it), unless the node finalized past its start: a
  // finalization proof is all a node that fell behind needs to rejoin (paper §3.3).
  const readyAtHeal = highestBy(ctx.obs.parentReady, node, fromMs);
  const toEnter = windowStarts(ctx.cfg).some((w) => w > cluster && w > finalizedBy);
  if (toEnter && highestBy(ctx.obs.parentReady, node, deadlineMs) <= readyAtHeal)
    return `${where} no ParentReady after slot ${readyAtHeal} (highest finalized slot ${finalizedBy})`;
  return null;
}
