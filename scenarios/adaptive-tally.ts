import { standstillEpisodes } from '../properties/adaptive/standstill-episodes.ts';
import type { LivenessProperty } from '../properties/types.ts';
import { multiplierForReport } from '../src/sim/timed/timeout-growth.ts';
import type { RunTally } from './drivers/sim.ts';

/**
 * The adaptive_timeouts report figures (extra.simulation.adaptive): per regime how many runs, how
 * many standstills began and how many a finalization ended, how long that took (median and
 * largest), how many windows got grown timers, the largest multiplier and Δtimeout reached, and
 * per property how much it judged (Property.judged) — a property that judged nothing is named.
 */
export class AdaptiveTally implements RunTally {
  readonly key = 'adaptive';
  /** Per property: in how many runs it judged something, and how many things in all. */
  private readonly judged = new Map<string, { runs: number; items: number }>();

  constructor(private readonly properties: readonly LivenessProperty[]) {
    for (const p of properties) this.judged.set(p.name, { runs: 0, items: 0 });
  }
  private readonly runsByRegime = new Map<string, number>();
  private standstillInputs = 0;
  private episodes = 0;
  private readonly recoveryMs: number[] = [];
  private windowsExtended = 0;
  private largestWindows = 0;
  private largestTimeoutMs = 0;

  add(run: Parameters<RunTally['add']>[0]): void {
    const { cfg, obs, label } = run;
    for (const p of this.properties) {
      const items = p.judged?.({ cfg, timing: run.timing, obs }) ?? 0;
      const tally = this.judged.get(p.name) as { runs: number; items: number };
      tally.items += items;
      if (items > 0) tally.runs++;
    }
    this.runsByRegime.set(label, (this.runsByRegime.get(label) ?? 0) + 1);
    this.standstillInputs += obs.standstills.length;
    for (const node of cfg.honest) {
      for (const e of standstillEpisodes(obs, node)) {
        this.episodes++;
        if (e.end !== null) this.recoveryMs.push(e.end.atMs - e.start.atMs);
      }
    }
    for (const t of obs.timerSettings) {
      if (t.windows === 0) continue;
      this.windowsExtended++;
      this.largestWindows = Math.max(this.largestWindows, t.windows);
      this.largestTimeoutMs = Math.max(this.largestTimeoutMs, t.timeoutMs);
    }
  }

  summary(): Record<string, unknown> {
    const sorted = [...this.recoveryMs].sort((a, b) => a - b);
    const round = (x: number | undefined) => (x === undefined ? null : Math.round(x));
    return {
      runs_by_regime: Object.fromEntries(this.runsByRegime),
      standstill_inputs: this.standstillInputs,
      standstills: this.episodes,
      standstills_ended_by_finalization: this.recoveryMs.length,
      recovery_ms: { median: round(sorted[Math.floor((sorted.length - 1) / 2)]), max: round(sorted.at(-1)) },
      windows_extended: this.windowsExtended,
      largest_growth_windows: this.largestWindows,
      largest_multiplier: multiplierForReport(this.largestWindows),
      largest_timeout_ms: this.largestTimeoutMs > 0 ? this.largestTimeoutMs : null,
      judged: Object.fromEntries(this.judged),
      not_judged: [...this.judged]
        .filter(([, t]) => t.items === 0)
        .map(
          ([name]) =>
            `${name} judged nothing in any run (its premises held nowhere): its "holds" says nothing here`,
        ),
    };
  }
}
