import { describe, expect, it } from 'vitest';
import { crashedLeaderSkipped } from '../../../properties/liveness/crashed-leader-skipped.ts';
import { NO_FAULTS } from '../../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../../src/sim/timed/loss.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { livenessTiming } from '../../../src/sim/timed/timing.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

// Lemma 39 is about a crashed leader: its window has no block, so every slot can only be skipped.
// A Byzantine leader that proposes may get its blocks notarized instead (the timed adversary,
// src/sim/timed/byzantine): its window is not a crashed leader's. One that proposes nothing is.

/** Validators 5 and 6 Byzantine; windows of 2 slots, leaders 0..6 in turn (5 leads 11–12, 6 leads 13–14). */
const config = (strategy: string) =>
  timedConfig({
    validators: 7,
    byzantine_count: 2,
    byzantine_strategy: strategy,
    max_rounds: 14,
    leader_window_size: 2,
  });

describe('CrashedLeaderSkipped under attack', () => {
  it('does not judge the window of a Byzantine leader that proposed (its blocks may be notarized)', () => {
    const r = runTimed(config('equivocating_leader'), { seed: 's1' });
    const byzantineWindow = r.obs.proposals.filter((p) => p.slot === 11 && p.node === 5);
    expect(byzantineWindow.length).toBe(2); // two versions of slot 11
    expect(r.obs.certs.some((c) => c.slot === 11 && c.kind !== 'skip')).toBe(true);
    expect(r.verdicts.CrashedLeaderSkipped).toBeNull();
  });

  it('still judges a silent Byzantine leader as crashed: a late Skip certificate fails', () => {
    const silent = config('silent');
    const r = runTimed(silent, { seed: 's1' });
    const timing = livenessTiming(r.cfg, timedParams(silent), NO_FAULTS, r.obs.endMs, networkLoss(silent));
    const ctx = { cfg: r.cfg, timing, obs: r.obs };
    expect(crashedLeaderSkipped.check(ctx)).toBeNull();
    // Every Skip certificate of slot 11 moved 10 s later: the silent leader's window is judged.
    const late = {
      ...r.obs,
      certs: r.obs.certs.map((c) =>
        c.slot === 11 && c.kind === 'skip' ? { ...c, atMs: c.atMs + 10_000 } : c,
      ),
    };
    expect(crashedLeaderSkipped.check({ ...ctx, obs: late })).toMatch(/window 11 \(crashed leader\)/);
  });
});
