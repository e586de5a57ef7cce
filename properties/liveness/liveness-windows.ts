import type { Slot } from '../../src/core/ids.ts';
import type { LivenessContext } from '../types.ts';
import { ms } from './ms.ts';
import { notJudgedReason } from './premises.ts';
import { firstParentReady, windowSpanAt, windowStarts } from './windows.ts';

export interface LivenessWindows {
  readonly judged: Slot[];
  readonly not_judged: { window: Slot; reason: string }[];
}

/**
 * Which windows a run's liveness bounds could judge, for the report: a window's deadline is one
 * window span after the earliest correct node's ParentReady for it (or after GST / the last
 * partition, when later), as WindowsResolve judges it.
 */
export function livenessWindows(ctx: LivenessContext): LivenessWindows {
  const judged: Slot[] = [];
  const notJudged: { window: Slot; reason: string }[] = [];
  for (const w of windowStarts(ctx.cfg)) {
    const readyTimes = ctx.cfg.honest.map((v) => firstParentReady(ctx.obs, v, w) ?? Number.POSITIVE_INFINITY);
    const ready = Math.min(...readyTimes);
    if (ready === Number.POSITIVE_INFINITY) {
      notJudged.push({ window: w, reason: `no correct node was ParentReady for it by ${ms(ctx.obs.endMs)}` });
      continue;
    }
    const deadline = Math.max(ready, ctx.timing.stableFromMs) + windowSpanAt(ctx, w);
    const reason = notJudgedReason(ctx, deadline);
    if (reason === null) judged.push(w);
    else notJudged.push({ window: w, reason });
  }
  return { judged, not_judged: notJudged };
}

/** Over many runs: per window, in how many runs it was judged, and why it was not in the others. */
export interface LivenessWindowsSummary {
  readonly runs: number;
  readonly judged: { window: Slot; runs: number }[];
  /** The reason is the first run's that did not judge the window; `runs` counts all such runs. */
  readonly not_judged: { window: Slot; reason: string; runs: number }[];
}

export class LivenessWindowsTally {
  private runs = 0;
  private readonly judged = new Map<Slot, number>();
  private readonly notJudged = new Map<Slot, { reason: string; runs: number }>();

  add(one: LivenessWindows): void {
    this.runs++;
    for (const w of one.judged) this.judged.set(w, (this.judged.get(w) ?? 0) + 1);
    for (const { window, reason } of one.not_judged) {
      const seen = this.notJudged.get(window);
      if (seen) seen.runs++;
      else this.notJudged.set(window, { reason, runs: 1 });
    }
  }

  summary(): LivenessWindowsSummary {
    const byWindow = <T>(m: Map<Slot, T>) => [...m.entries()].sort((a, b) => a[0] - b[0]);
    return {
      runs: this.runs,
      judged: byWindow(this.judged).map(([window, runs]) => ({ window, runs })),
      not_judged: byWindow(this.notJudged).map(([window, v]) => ({ window, reason: v.reason, runs: v.runs })),
    };
  }
}
