import { windowSlots } from '../../src/model/schedule.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';
import { ms } from './ms.ts';
import { judgeable } from './premises.ts';
import { firstParentReady, nextWindowLate, windowSpanAt, windowStarts } from './windows.ts';

const RESOLVING = new Set(['notar', 'notarFallback', 'fastFinal', 'skip']);

/**
 * Lemma 41 ("even before GST"): once a correct node is ParentReady for a window, every slot of it
 * ends certified — Notarization/NotarFallback or Skip — and the next window becomes ParentReady.
 * Unlike the other liveness properties it exempts no window begun before GST: the clock of such a
 * window starts at GST instead. Without it, a run that never finalizes anything could pass when
 * its only windows with correct leaders began before GST (the others then have nothing to check).
 */
export const windowsResolve: LivenessProperty = {
  name: 'WindowsResolve',
  kind: 'liveness',
  reference: 'reference §7.12–7.13; white paper Lemmas 41–42',
  description:
    'Every window a correct node is ParentReady for resolves at that node: each slot gets a Notarization, NotarFallback or Skip certificate, and the next window becomes ParentReady, within one window span (Δ_timeout + W·Δ_block + Rotor + 4Δ) of ParentReady or of GST, whichever is later.',
  check(ctx) {
    const starts = windowStarts(ctx.cfg);
    for (const [i, w] of starts.entries()) {
      for (const v of ctx.cfg.honest) {
        const problem = checkWindow(ctx, v, w, starts[i + 1]);
        if (problem) return problem;
      }
    }
    return null;
  },
};

function checkWindow(
  ctx: LivenessContext,
  v: number,
  w: number,
  nextWindow: number | undefined,
): string | null {
  const { obs, timing } = ctx;
  const ready = firstParentReady(obs, v, w);
  if (ready === undefined) return null; // judged where the previous window should have led here
  const deadline = Math.max(ready, timing.stableFromMs) + windowSpanAt(ctx, w);
  if (!judgeable(ctx, deadline)) return null; // the run ended, or messages may be lost, first (premises.ts)
  for (const s of windowSlots(ctx.cfg, w)) {
    const cert = obs.certs.find((c) => c.node === v && c.slot === s && RESOLVING.has(c.kind));
    if (!cert || cert.atMs > deadline) {
      return `window ${w}: validator ${v} (ParentReady at ${ms(ready)}) had no Notarization, NotarFallback or Skip certificate for slot ${s} by ${ms(deadline)}${cert ? ` (got ${cert.kind} at ${ms(cert.atMs)})` : ''}`;
    }
  }
  const late = nextWindowLate(ctx, v, nextWindow, deadline);
  return late ? `window ${w}: ${late}` : null;
}
