import { MAX_TIMEOUT_MS } from '../../src/sim/timed/timeout-growth.ts';
import { ms } from '../liveness/ms.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';
import { episodeAt, type StandstillEpisode, standstillEpisodes } from './standstill-episodes.ts';

type Setting = LivenessContext['obs']['timerSettings'][number];

/**
 * Timeout growth stays within its rule (paper §3.4; agave `calculate_timeout_multiplier` and
 * `MAX_TIMEOUT_SECS`, votor/src/timer_manager/timers.rs): outside a standstill every timer has the
 * base Δtimeout and Δblock; inside one they are never below the base and never shrink from one
 * window to a later one; and never above 3,600 s. The standstills are read from the standstill
 * inputs and finalizations, not from the settings judged.
 */
export const timeoutsBounded: LivenessProperty = {
  name: 'TimeoutsBounded',
  kind: 'liveness',
  reference: 'white paper §3.4 (dynamic timeouts); agave votor/src/timer_manager/timers.rs',
  description:
    'Every timer a correct node sets has the base Δtimeout and Δblock outside a standstill (from a standstill input to the next finalization); inside one they are at least the base, do not shrink from a window to a later one, and never exceed 3,600 s.',
  check(ctx) {
    for (const node of ctx.cfg.honest) {
      const problem = nodeProblem(ctx, node);
      if (problem) return problem;
    }
    return null;
  },
  judged: (ctx) => ctx.obs.timerSettings.filter((t) => ctx.cfg.honest.includes(t.node)).length,
};

function nodeProblem(ctx: LivenessContext, node: number): string | null {
  // With growth on, agave caps even the base (TimerState::new takes min(base · 1, 3,600 s)).
  const base = (ms: number) => (ctx.timing.timeoutGrowth ? Math.min(ms, MAX_TIMEOUT_MS) : ms);
  const baseTimeoutMs = base(ctx.timing.timeoutMs);
  const baseBlockMs = base(ctx.timing.blockTimeMs);
  const episodes = standstillEpisodes(ctx.obs, node);
  const largestIn = new Map<StandstillEpisode, Setting>(); // per episode: the setting of the highest slot so far
  const mine = ctx.obs.timerSettings.filter((t) => t.node === node).sort((a, b) => a.slot - b.slot);
  for (const t of mine) {
    const where = `validator ${node}: timers for slot ${t.slot} set at ${ms(t.atMs)}`;
    const durations = `Δtimeout ${t.timeoutMs} ms, Δblock ${t.blockMs} ms`;
    if (t.timeoutMs > MAX_TIMEOUT_MS || t.blockMs > MAX_TIMEOUT_MS)
      return `${where} with ${durations}: above the cap of ${MAX_TIMEOUT_MS} ms`;
    const episode = episodeAt(episodes, t);
    if (episode === null) {
      if (t.timeoutMs !== baseTimeoutMs || t.blockMs !== baseBlockMs)
        return `${where} with ${durations} outside a standstill (base ${baseTimeoutMs} ms, ${baseBlockMs} ms)`;
      continue;
    }
    if (
      t.timeoutMs < Math.min(baseTimeoutMs, MAX_TIMEOUT_MS) ||
      t.blockMs < Math.min(baseBlockMs, MAX_TIMEOUT_MS)
    )
      return `${where} with ${durations}: below the base during the standstill from ${ms(episode.start.atMs)}`;
    const before = largestIn.get(episode);
    if (before && (t.timeoutMs < before.timeoutMs || t.blockMs < before.blockMs))
      return `${where} with ${durations}: shorter than slot ${before.slot}'s (${before.timeoutMs} ms, ${before.blockMs} ms) in the same standstill`;
    largestIn.set(episode, t);
  }
  return null;
}
