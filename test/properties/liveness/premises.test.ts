import { describe, expect, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../../properties/liveness/index.ts';
import { livenessWindows } from '../../../properties/liveness/liveness-windows.ts';
import { windowsResolve } from '../../../properties/liveness/windows-resolve.ts';
import type { FaultPlan } from '../../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../../src/sim/timed/loss.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { livenessTiming } from '../../../src/sim/timed/timing.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

// Issue 12, point 2: with message_loss > 0 or dropping partitions eventual delivery is no longer
// given, so a liveness bound is judged only where its deadline falls before the first message
// may have been lost; the other windows are reported as not judged, with the reason.

/**
 * agave #13638's shape: stakes 30/30/21/19, the 19 silent Byzantine, and the correct 21 behind a
 * partition. 30 + 30 is exactly the 60 % slow threshold, so 0 and 1 go on without validator 2.
 */
const shape = timedConfig({
  validators: 4,
  stake_distribution: { '0': 30, '1': 30, '2': 21, '3': 19 },
  byzantine_count: 1,
  byzantine_validators: [3],
  byzantine_strategy: 'silent',
  max_rounds: 16,
});
const plan: FaultPlan = { partitions: [{ fromMs: 1500, toMs: 4000, side: [2] }], spikes: [] };
const highestParentReady = (obs: ReturnType<typeof runTimed>['obs'], v: number) =>
  Math.max(0, ...obs.parentReady.filter((p) => p.node === v).map((p) => p.slot));

describe('agave #13638: a correct node behind a dropping partition', () => {
  // Without the standstill re-broadcast (issue 12 point 3), as agave was before the fix.
  const drop = runTimed({ ...shape, partition_mode: 'drop', standstill_rebroadcast: false }, { plan });
  const hold = runTimed({ ...shape, partition_mode: 'hold' }, { plan });
  const rebroadcast = runTimed({ ...shape, partition_mode: 'drop' }, { plan });

  it('with the standstill re-broadcast (the default) the node recovers: it reaches the last window', () => {
    expect(rebroadcast.run.lost.length).toBe(drop.run.lost.length);
    expect(rebroadcast.obs.standstills.some((s) => s.node === 2)).toBe(true);
    expect(highestParentReady(rebroadcast.obs, 2)).toBe(highestParentReady(rebroadcast.obs, 0));
    expect(highestParentReady(rebroadcast.obs, 2)).toBeGreaterThan(4);
  });

  it('without it, stalls that node: it misses the certificates and never leaves the first window', () => {
    expect(drop.run.lost.length).toBeGreaterThan(0);
    expect(highestParentReady(drop.obs, 2)).toBe(1);
    expect(highestParentReady(drop.obs, 0)).toBeGreaterThan(4);
    // Under "hold" the same partition only delays: validator 2 catches up.
    expect(highestParentReady(hold.obs, 2)).toBe(highestParentReady(hold.obs, 0));
  });

  it('is a real stall: judged as if delivery were given, WindowsResolve fails for validator 2', () => {
    const params = timedParams(shape);
    const timing = livenessTiming(drop.cfg, params, plan, drop.obs.endMs);
    expect(windowsResolve.check({ cfg: drop.cfg, timing, obs: drop.obs })).toMatch(/^window 1: validator 2/);
  });

  it('is reported as not judged (messages lost), not as a violation: the premise does not hold', () => {
    expect(drop.verdicts).toEqual(Object.fromEntries(LIVENESS_PROPERTIES.map((p) => [p.name, null])));
    const params = timedParams(shape);
    const loss = networkLoss({ partition_mode: 'drop' });
    const timing = livenessTiming(drop.cfg, params, plan, drop.obs.endMs, loss);
    const windows = livenessWindows({ cfg: drop.cfg, timing, obs: drop.obs });
    expect(windows.not_judged.find((w) => w.window === 1)?.reason).toMatch(
      /dropping partition began at 1500 ms \(partition_mode "drop"\)/,
    );
  });

  it('judges the windows of the "hold" run, and they hold', () => {
    expect(hold.verdicts).toEqual(Object.fromEntries(LIVENESS_PROPERTIES.map((p) => [p.name, null])));
    const timing = livenessTiming(hold.cfg, timedParams(shape), plan, hold.obs.endMs);
    const windows = livenessWindows({ cfg: hold.cfg, timing, obs: hold.obs });
    expect(windows.judged).toContain(1);
    expect(windows.not_judged.every((w) => !/lost/.test(w.reason))).toBe(true);
  });
});

describe('message_loss > 0', () => {
  it('judges no window: any message may be lost, so no deadline is promised', () => {
    const config = timedConfig({ validators: 4, message_loss: 0.02 });
    const run = runTimed(config, { seed: 'premise' });
    const timing = livenessTiming(
      run.cfg,
      timedParams(config),
      { partitions: [], spikes: [] },
      run.obs.endMs,
      networkLoss(config),
    );
    const windows = livenessWindows({ cfg: run.cfg, timing, obs: run.obs });
    expect(windows.judged).toEqual([]);
    expect(windows.not_judged.length).toBeGreaterThan(0);
    expect(windows.not_judged.every((w) => /message_loss > 0/.test(w.reason))).toBe(true);
  });
});
