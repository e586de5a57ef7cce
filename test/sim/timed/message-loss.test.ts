import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { type FaultPlan, NO_FAULTS } from '../../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../../src/sim/timed/loss.ts';
import { NetworkTiming } from '../../../src/sim/timed/network.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

// Issue 12, point 2: a network that can lose messages. Loss draws come from their own named
// stream ("loss"), so turning loss on changes nothing before the first lost message, and loss 0
// with partition_mode "hold" is today's simulator, byte for byte.

const config = timedConfig({ validators: 5, gst_ms: 800 });
const plan: FaultPlan = {
  partitions: [{ fromMs: 1000, toMs: 2500, side: [1, 3] }],
  spikes: [{ fromMs: 0, toMs: 800, extraMs: 300 }],
};
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

describe('message_loss 0 and partition_mode "hold"', () => {
  it('give the run of the simulator before the fields existed (inputs and observations, byte for byte)', () => {
    const run = runTimed(
      { ...config, message_loss: 0, partition_mode: 'hold' },
      { seed: 'loss-golden', plan },
    );
    // The observation lists standstill and timeout growth added later are left out of the digest.
    const { standstills, timerSettings, skipVotes, ...older } = run.obs;
    const skipsCast = run.run.state.castVotes.flat().filter((v) => v.kind === 'skip').length;
    expect(skipVotes.length).toBe(skipsCast);
    expect(standstills).toEqual([]);
    expect(timerSettings.every((t) => t.windows === 0)).toBe(true);
    // So is the step each finalization carries (it orders events of one millisecond).
    const finalized = older.finalized.map(({ step: _step, ...f }) => f);
    expect(older.finalized.every((f) => Number.isInteger(f.step))).toBe(true);
    const text = JSON.stringify({ inputs: run.run.inputs, obs: { ...older, finalized } });
    // Recorded on commit 0213900, before the network could lose anything.
    expect(digest(text)).toBe('2b44ab330caff49cc16c72c53e32fd5bc74b2fb2fd6139bafdd7ad8f25a344bd');
    expect(run.run.lost).toEqual([]);
  });
});

describe('message_loss > 0', () => {
  const lossy = { ...config, message_loss: 0.05 };

  it('loses messages, the same ones for the same seed', () => {
    const a = runTimed(lossy, { seed: 'lossy', plan });
    const b = runTimed(lossy, { seed: 'lossy', plan });
    expect(a.run.lost.length).toBeGreaterThan(10);
    expect(a.run.lost).toEqual(b.run.lost);
    expect(JSON.stringify(a.run.inputs)).toBe(JSON.stringify(b.run.inputs));
    expect(a.run.lost.some((m) => m.kind === 'shred')).toBe(true);
    expect(a.run.lost.some((m) => m.kind !== 'shred')).toBe(true);
    expect(a.run.lost.every((m) => m.from !== m.to)).toBe(true);
  });

  it('draws from its own stream: the run is unchanged until the first lost message leaves', () => {
    const lossless = runTimed(config, { seed: 'lossy', plan });
    const withLoss = runTimed(lossy, { seed: 'lossy', plan });
    const firstLossMs = Math.min(...withLoss.run.lost.map((m) => m.atMs));
    const upToFirstLoss = (inputs: typeof lossless.run.inputs) => inputs.filter((i) => i.atMs <= firstLossMs);
    expect(upToFirstLoss(withLoss.run.inputs).length).toBeGreaterThan(0);
    expect(upToFirstLoss(withLoss.run.inputs)).toEqual(upToFirstLoss(lossless.run.inputs));
    expect(withLoss.run.inputs).not.toEqual(lossless.run.inputs);
  });

  it('keeps every delay of a message it does not lose (links come from the "links" stream)', () => {
    const p = timedParams(config);
    const plain = new NetworkTiming(p, NO_FAULTS, 5, rngFromSeed('links'));
    const lossyNet = new NetworkTiming(p, NO_FAULTS, 5, rngFromSeed('links'), {
      model: networkLoss({ message_loss: 0.5, partition_mode: 'hold' }),
      rng: rngFromSeed('loss'),
    });
    let kept = 0;
    let lost = 0;
    for (let i = 0; i < 200; i++) {
      const [from, to] = [i % 5, (i * 3 + 1) % 5];
      const got = lossyNet.travel(from, to, i * 10);
      if (from === to) expect(got).toBe(plain.travel(from, to, i * 10));
      else if (got === undefined) lost++;
      else {
        kept++;
        expect(got).toBe(plain.travel(from, to, i * 10));
      }
    }
    expect(kept).toBeGreaterThan(50);
    expect(lost).toBeGreaterThan(50);
  });
});

describe('partition_mode "drop"', () => {
  const p = timedParams(config);
  const cut: FaultPlan = { partitions: [{ fromMs: 100, toMs: 500, side: [1] }], spikes: [] };

  it('loses a message across the partition that "hold" only delays', () => {
    const hold = new NetworkTiming(p, cut, 3, rngFromSeed('links'));
    const drop = new NetworkTiming(p, cut, 3, rngFromSeed('links'), {
      model: networkLoss({ message_loss: 0, partition_mode: 'drop' }),
      rng: rngFromSeed('loss'),
    });
    expect(hold.travel(0, 1, 200)).toBeGreaterThanOrEqual(500 + p.delayMs);
    expect(drop.travel(0, 1, 200)).toBeUndefined();
    expect(drop.travel(1, 0, 200)).toBeUndefined();
    // Same side, or outside the partition's time: delivered as under "hold".
    expect(drop.travel(0, 2, 200)).toBe(hold.travel(0, 2, 200));
    expect(drop.travel(0, 1, 600)).toBe(hold.travel(0, 1, 600));
  });

  it('in a run, loses exactly the messages that leave across the partition while it lasts', () => {
    const run = runTimed({ ...config, partition_mode: 'drop' }, { seed: 'drop', plan });
    expect(run.run.lost.length).toBeGreaterThan(0);
    const across = (a: number, b: number) => [1, 3].includes(a) !== [1, 3].includes(b);
    for (const m of run.run.lost) {
      expect(m.atMs >= 1000 && m.atMs < 2500 && across(m.from, m.to)).toBe(true);
    }
    expect(runTimed(config, { seed: 'drop', plan }).run.lost).toEqual([]);
  });
});
