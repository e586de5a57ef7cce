import { describe, expect, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../../properties/liveness/index.ts';
import type { AlpenglowConfig } from '../../../src/core/config/index.ts';
import type { FaultPlan } from '../../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { replayTimedTrace } from '../../../src/sim/timed/replay.ts';
import { buildTrace } from '../../../src/sim/trace.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

// A lossy run replays from its trace: a lost message is simply no input, and the premises come
// from the trace's config (message_loss, partition_mode) and fault plan, as in the run.

const shape = timedConfig({
  validators: 4,
  stake_distribution: { '0': 30, '1': 30, '2': 21, '3': 19 },
  byzantine_count: 1,
  byzantine_validators: [3],
  byzantine_strategy: 'silent',
  max_rounds: 16,
});
const plan: FaultPlan = { partitions: [{ fromMs: 1500, toMs: 4000, side: [2] }], spikes: [] };

function traceOf(config: AlpenglowConfig, run: ReturnType<typeof runTimed>) {
  return buildTrace({
    config,
    seed: null,
    actions: [],
    violation: null,
    timed: {
      params: timedParams(config),
      plan,
      end_ms: run.obs.endMs,
      inputs: run.run.inputs.map((i) => ({ at_ms: i.atMs, input: i.input })),
    },
  });
}

describe('replay of a run with a dropping partition', () => {
  const config: AlpenglowConfig = { ...shape, partition_mode: 'drop' };
  const run = runTimed(config, { plan });

  it('rebuilds the observations exactly and judges with the same premises (nothing violated)', () => {
    const replayed = replayTimedTrace(traceOf(config, run), [], LIVENESS_PROPERTIES);
    expect(run.run.lost.length).toBeGreaterThan(0);
    expect(replayed.observations).toEqual(run.obs);
    expect(replayed.violations).toEqual([]);
  });

  it('takes the premises from the trace: under "hold" the same inputs violate WindowsResolve', () => {
    const asHold = traceOf({ ...config, partition_mode: 'hold' }, run);
    const violated = replayTimedTrace(asHold, [], LIVENESS_PROPERTIES).violations.map((v) => v.property);
    expect(violated).toEqual(['WindowsResolve']);
  });
});
