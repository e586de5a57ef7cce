import type { LivenessContext } from '../types.ts';
import { ms } from './ms.ts';

/**
 * The premises every liveness bound shares (issue 12, point 2). Each bound is a deadline; it is
 * judged only when (1) the run lasted until it and (2) eventual delivery held until it: every
 * message sent before timing.deliveredUntilMs arrives, but with message_loss > 0 (from 0 ms) or a
 * dropping partition (from its start) a lost vote or certificate is sent again only by the
 * standstill re-broadcast, Δstandstill after the last finalization (src/model/votor/standstill.ts),
 * which these bounds do not include — so a missed deadline after that time says nothing about the
 * protocol here; StandstillRecovers (properties/adaptive) judges the recovery itself. Before GST and
 * partitions are handled by each property as before.
 */
export function judgeable(ctx: LivenessContext, deadlineMs: number): boolean {
  return deadlineMs <= ctx.obs.endMs && deadlineMs <= deliveredUntil(ctx);
}

function deliveredUntil(ctx: LivenessContext): number {
  return ctx.timing.deliveredUntilMs ?? Number.POSITIVE_INFINITY;
}

/** Why a deadline is not judged, or null when it is. */
export function notJudgedReason(ctx: LivenessContext, deadlineMs: number): string | null {
  const until = deliveredUntil(ctx);
  if (deadlineMs > until) {
    return until === 0
      ? `messages may be lost from the start (message_loss > 0): eventual delivery is not given`
      : `its deadline ${ms(deadlineMs)} is after a dropping partition began at ${ms(until)} (partition_mode "drop"): messages across it were lost`;
  }
  if (deadlineMs > ctx.obs.endMs)
    return `the run ended at ${ms(ctx.obs.endMs)}, before its deadline ${ms(deadlineMs)}`;
  return null;
}
