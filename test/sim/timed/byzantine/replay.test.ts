import { describe, expect, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../../../properties/safety/index.ts';
import type { AlpenglowConfig } from '../../../../src/core/config/index.ts';
import { applyAction } from '../../../../src/model/actions/apply.ts';
import { StepEffects } from '../../../../src/model/effects.ts';
import { fingerprintState } from '../../../../src/model/fingerprint.ts';
import type { Message } from '../../../../src/model/messages.ts';
import { initialStep } from '../../../../src/model/model.ts';
import type { State } from '../../../../src/model/state.ts';
import { stepNode } from '../../../../src/model/step.ts';
import { NO_FAULTS } from '../../../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../../../src/sim/timed/params.ts';
import { replayTimedTrace } from '../../../../src/sim/timed/replay.ts';
import { buildTrace } from '../../../../src/sim/trace.ts';
import { parseNativeTrace } from '../../../../src/sim/trace-parse.ts';
import { runTimed, timedConfig } from '../../../helpers/timed.ts';

// What a Byzantine validator does in a timed run is in its trace: a byzPropose input per version
// it made, and a receive input per message of its that reached a correct node. The replay
// re-applies them (no adversary runs in it) and reaches the same state and observations.

/** 7 validators, 6 Byzantine (1/7 of the stake, within the paper's bound); windows of 2 slots: 6 leads 13–14. */
const attacked = (strategy: string): AlpenglowConfig =>
  timedConfig({
    validators: 7,
    byzantine_count: 1,
    byzantine_strategy: strategy,
    max_rounds: 14,
    leader_window_size: 2,
  });

function traceOf(config: AlpenglowConfig, run: ReturnType<typeof runTimed>) {
  return buildTrace({
    config,
    seed: null,
    actions: [],
    violation: null,
    timed: {
      params: timedParams(config),
      plan: NO_FAULTS,
      end_ms: run.obs.endMs,
      inputs: run.run.inputs.map((i) => ({ at_ms: i.atMs, input: i.input })),
    },
  });
}

describe('timed traces with Byzantine actions', () => {
  for (const strategy of ['equivocating_leader', 'forger']) {
    it(`${strategy}: the trace, written and parsed as a file, replays to the same state and observations`, () => {
      const config = attacked(strategy);
      const run = runTimed(config, { seed: 'replay', horizonMs: 9_000 });
      const kinds = new Set(run.run.inputs.map((i) => i.input.type));
      expect(kinds.has('byzPropose')).toBe(true);
      const parsed = parseNativeTrace(JSON.parse(JSON.stringify(traceOf(config, run))));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const replayed = replayTimedTrace(parsed.trace, SAFETY_PROPERTIES, LIVENESS_PROPERTIES);
      expect(replayed.observations).toEqual(run.obs);
      expect(replayed.violations).toEqual([]);
    });
  }

  it('same seed, same trace byte for byte; another seed, another adversary', () => {
    const config = attacked('double_voting');
    const a = JSON.stringify(runTimed(config, { seed: 'same' }).run.inputs);
    const b = JSON.stringify(runTimed(config, { seed: 'same' }).run.inputs);
    const c = JSON.stringify(runTimed(config, { seed: 'other' }).run.inputs);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('every Byzantine message a correct node received was a byzSend the untimed model allowed then', () => {
    // Re-stepped input by input: at each Byzantine message's receipt, the untimed model's byzSend
    // of it (guard: capabilities.ts mayProduce) is enabled in the state before — the policy
    // signed nothing its strategy forbids (a send is checked at its receipt, which is later).
    const config = attacked('arbitrary');
    const run = runTimed(config, { seed: 'guard' });
    let state = initialStep(run.cfg, new StepEffects()).state;
    let checked = 0;
    for (const { input } of run.run.inputs) {
      const from = input.type === 'receive' ? senderOf(state, input.msg) : -1;
      if (input.type === 'receive' && run.cfg.roles[from] === 'byzantine') {
        const action = { type: 'byzSend', node: from, to: input.to, msg: input.msg } as const;
        expect(() => applyAction(run.cfg, state, action)).not.toThrow();
        checked++;
      }
      state = stepNode(run.cfg, state, input).state;
    }
    expect(checked).toBeGreaterThan(50);
    expect(fingerprintState(state)).toBe(fingerprintState(run.run.state));
  });
});

/** Who signed a vote, or made a block (a certificate aggregates many). */
function senderOf(state: State, msg: Message): number {
  if (msg.type === 'vote') return msg.vote.voter;
  return msg.type === 'block' ? (state.blocks[msg.block]?.proposer ?? -1) : -1;
}
