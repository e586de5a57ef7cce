import { describe, expect, it } from 'vitest';
import { reexecute } from '../../../src/sim/timed/evaluate.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

// The Δstandstill clock and timeout growth in the simulator (src/sim/timed/simulator.ts,
// standstill.ts). A network far slower than the timeouts were made for (δ 600 ms against
// Δtimeout 600 ms): every window is skipped until the timeouts have grown enough.

const slow = timedConfig({ validators: 4, network_delay: 600, timeout_ms: 600, max_rounds: 60 });
const run = runTimed(slow, { horizonMs: 120_000 });
const { obs } = run;

const finalizationsOf = (node: number) => obs.finalized.filter((f) => f.node === node);

describe('the Δstandstill clock', () => {
  it('gives a node a standstill input each 10 s while it finalizes nothing new', () => {
    const node0 = obs.standstills.filter((s) => s.node === 0);
    const firstRiseMs = finalizationsOf(0)[0]?.atMs ?? Infinity;
    const before = node0.filter((s) => s.atMs < firstRiseMs);
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((s) => s.atMs)).toEqual(before.map((_, i) => 10_000 * (i + 1)));
    expect(before.every((s) => s.finalizedSlot === 0)).toBe(true);
    const inputs = run.run.inputs.filter((i) => i.input.type === 'standstill');
    expect(inputs.length).toBe(obs.standstills.length);
  });

  it('restarts when the highest finalized slot rises: no standstill within 10 s of a rise', () => {
    for (const s of obs.standstills) {
      const rises = finalizationsOf(s.node).filter((f) => f.atMs < s.atMs);
      const lastRiseMs = Math.max(0, ...rises.map((f) => f.atMs));
      expect(s.atMs - lastRiseMs).toBeGreaterThanOrEqual(10_000);
    }
  });

  it('keeps the slot growth counts from for the whole standstill (the first one sets it)', () => {
    const node0 = obs.standstills.filter((s) => s.node === 0);
    const beforeFinal = node0.filter((s) => s.atMs < (finalizationsOf(0)[0]?.atMs ?? Infinity));
    expect(new Set(beforeFinal.map((s) => s.fromSlot)).size).toBe(1);
    expect(beforeFinal[0]?.fromSlot).toBeGreaterThan(1);
  });
});

describe('timeout growth (adaptive_timeouts on, the default)', () => {
  it('grows the timers set during a standstill, and finalization resumes', () => {
    const grown = obs.timerSettings.filter((t) => t.windows > 0);
    expect(grown.length).toBeGreaterThan(0);
    for (const t of grown) expect(t.timeoutMs).toBeGreaterThan(600);
    expect(obs.finalized.length).toBeGreaterThan(0);
  });

  it('sets base timers right after a finalization (the multiplier resets)', () => {
    const f = finalizationsOf(0)[0];
    expect(f).toBeDefined();
    const next = obs.timerSettings.find((t) => t.node === 0 && t.atMs >= (f?.atMs ?? 0));
    expect(next).toBeDefined();
    expect([next?.windows, next?.timeoutMs, next?.blockMs]).toEqual([0, 600, 400]);
  });

  it('is off with adaptive_timeouts false: every timer has the base durations, and nothing is finalized', () => {
    const fixed = runTimed({ ...slow, adaptive_timeouts: false }, { horizonMs: 60_000 });
    expect(fixed.obs.standstills.length).toBeGreaterThan(0);
    expect(fixed.obs.timerSettings.every((t) => t.windows === 0 && t.timeoutMs === 600)).toBe(true);
    expect(fixed.obs.finalized).toEqual([]);
  });
});

describe('a trace of the run', () => {
  it('replays to the same standstills, timers and Skip votes (the replay derives them as the run did)', () => {
    const again = reexecute(run.cfg, timedParams(slow), run.run.inputs, obs.endMs).obs;
    expect(again.standstills).toEqual(obs.standstills);
    expect(again.timerSettings).toEqual(obs.timerSettings);
    expect(again.skipVotes).toEqual(obs.skipVotes);
    expect(again.finalized).toEqual(obs.finalized);
  });
});
