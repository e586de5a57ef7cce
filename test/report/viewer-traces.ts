import type { Action } from '../../src/model/actions/types.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import type { State } from '../../src/model/state.ts';
import { NO_FAULTS } from '../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../src/sim/timed/params.ts';
import { buildTrace, type NativeTrace } from '../../src/sim/trace.ts';
import { EQUIVOCATION } from '../cli/replay-traces.ts';
import { runTimed, timedConfig } from '../helpers/timed.ts';

/** Traces for the viewer's tests (src/report/trace-steps.ts, msc-*.ts, viewer-page.ts). */

/** Four correct validators, slot 1 only, the leader of slot 1 is v0. */
const HONEST = {
  ...EQUIVOCATION,
  validators: 4,
  byzantine_count: 0,
  byzantine_strategy: 'silent',
  leader_offset: 0,
} as const;

/**
 * An honest schedule, each step the first enabled action of a kind: v0 proposes slot 1, v1 gets
 * the block (and votes Notar, sending its vote to v0, v2, v3), v2 gets v1's vote. The Notar vote's
 * arrow must start at v1's lane at step 2.
 */
export function honestTrace(): NativeTrace {
  const cfg = buildModelConfig(HONEST as never);
  const model = createAlpenglowModel(cfg);
  let state = model.init()[0] as State;
  const actions: Action[] = [];
  const take = (fits: (a: Action) => boolean) => {
    const action = model.actions(state).find(fits);
    if (!action) throw new Error('no such enabled action');
    actions.push(action);
    state = model.next(state, action);
  };
  take((a) => a.type === 'propose');
  take((a) => a.type === 'deliver' && a.to === 1 && a.msg.type === 'block');
  take((a) => a.type === 'deliver' && a.to === 2 && a.msg.type === 'vote' && a.msg.vote.voter === 1);
  return buildTrace({ config: HONEST as never, seed: 1, actions, violation: null });
}

/** A healthy timed run of four validators over two slots, as a timed trace. */
export function timedRunTrace(): NativeTrace {
  const config = timedConfig({ validators: 4, max_rounds: 2, leader_window_size: 2, leader_offset: 0 });
  const outcome = runTimed(config, { seed: 'viewer' });
  return buildTrace({
    config,
    seed: 1,
    actions: [],
    violation: null,
    timed: {
      params: timedParams(config),
      plan: NO_FAULTS,
      end_ms: Math.ceil(outcome.obs.endMs),
      inputs: outcome.run.inputs.map((i) => ({ at_ms: i.atMs, input: i.input })),
    },
  });
}

/**
 * A long honest trace for the "hundreds of steps" checks: six validators over many slots, each
 * step an enabled action picked by a fixed stride through the enabled list (deterministic).
 */
export function longTrace(steps: number): NativeTrace {
  const config = { ...HONEST, validators: 6, max_rounds: 40, leader_window_size: 2 } as never;
  const cfg = buildModelConfig(config);
  const model = createAlpenglowModel(cfg);
  let state = model.init()[0] as State;
  const actions: Action[] = [];
  for (let i = 0; i < steps; i++) {
    const enabled = model.actions(state);
    const action = enabled[(i * 7919) % Math.max(enabled.length, 1)];
    if (action === undefined) break;
    actions.push(action);
    state = model.next(state, action);
  }
  return buildTrace({ config, seed: 1, actions, violation: null });
}
