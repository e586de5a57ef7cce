import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { drawFaultPlan } from '../../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

describe('timed simulation is a function of its seed', () => {
  const config = timedConfig({ validators: 7, offline_count: 1, network_partitions: true, gst_ms: 1500 });
  const plan = drawFaultPlan(
    timedParams(config),
    { validators: 7, partitions: true, activeMs: 20_000 },
    rngFromSeed('plan'),
  );

  it('gives the identical event trace for the same seed', () => {
    const a = runTimed(config, { seed: 'same', plan });
    const b = runTimed(config, { seed: 'same', plan });
    expect(JSON.stringify(a.run.inputs)).toBe(JSON.stringify(b.run.inputs));
    expect(a.run.inputs.length).toBeGreaterThan(100);
  });

  it('gives a different trace for another seed (link delays are drawn from it)', () => {
    const a = runTimed(config, { seed: 'one', plan });
    const b = runTimed(config, { seed: 'two', plan });
    expect(JSON.stringify(a.run.inputs)).not.toBe(JSON.stringify(b.run.inputs));
  });

  it('draws the same fault plan from the same seed', () => {
    const p = timedParams(config);
    const opts = { validators: 7, partitions: true, activeMs: 20_000 };
    expect(drawFaultPlan(p, opts, rngFromSeed('x'))).toEqual(drawFaultPlan(p, opts, rngFromSeed('x')));
  });
});
