import { ms } from '../liveness/ms.ts';
import type { LivenessProperty } from '../types.ts';
import { lastRiseMs } from './standstill-episodes.ts';

/**
 * No growth before a standstill (paper §3.4: "if no new finalized block for Δstandstill"; agave:
 * growth needs `standstill_slot`, set on the Standstill event that `standstill_timer` raises after
 * DELTA_STANDSTILL without a new finalized slot, votor/src/consensus_pool_service.rs): a timer with
 * more than the base durations is set only Δstandstill or more after the node's highest finalized
 * slot last rose (or after the run began). Judged from the finalizations' times alone.
 */
export const noEarlyExtension: LivenessProperty = {
  name: 'NoEarlyExtension',
  kind: 'liveness',
  reference: 'white paper §3.4; agave votor/src/consensus_pool_service.rs, votor/src/event_handler.rs',
  description:
    'A correct node sets a timer longer than the base Δtimeout or Δblock only once Δstandstill has passed since its highest finalized slot last rose (or since the run began).',
  check(ctx) {
    const { timeoutMs, blockTimeMs, standstillMs } = ctx.timing;
    for (const t of ctx.obs.timerSettings) {
      if (t.timeoutMs <= timeoutMs && t.blockMs <= blockTimeMs) continue;
      const riseMs = lastRiseMs(ctx.obs, t.node, t);
      if (t.atMs - riseMs < standstillMs)
        return `validator ${t.node}: timers for slot ${t.slot} grown to Δtimeout ${t.timeoutMs} ms, Δblock ${t.blockMs} ms at ${ms(t.atMs)}, only ${ms(t.atMs - riseMs)} after its highest finalized slot rose at ${ms(riseMs)} (Δstandstill ${ms(standstillMs)})`;
    }
    return null;
  },
  // Only grown timers are judged: none grew, nothing was.
  judged: (ctx) =>
    ctx.obs.timerSettings.filter(
      (t) => t.timeoutMs > ctx.timing.timeoutMs || t.blockMs > ctx.timing.blockTimeMs,
    ).length,
};
