import { describe, expect, it } from 'vitest';
import { blockIdFor, GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import type { ModelConfig } from '../../../src/model/config.ts';
import type { StepEffects } from '../../../src/model/effects.ts';
import type { Message } from '../../../src/model/messages.ts';
import { initialStep } from '../../../src/model/model.ts';
import type { State } from '../../../src/model/state.ts';
import { type NodeInput, stepNode } from '../../../src/model/step.ts';
import { equalStakes, testConfig } from '../../helpers/config.ts';

// The standstill re-broadcast (src/model/votor/standstill.ts; paper §3.3, agave
// get_certs_for_standstill and refresh_votes). Four validators of stake 1, window 2, v0 leads
// slots 1-2: v0 proposes both, all four vote Notar on slot 1 (FastFinalization: slot 1 is v0's
// highest finalized slot), v0 votes on slot 2 alone. Then v0's Δstandstill passes.

const b1 = blockIdFor(1, 0);

function stalledAtSlot2(cfg: ModelConfig): State {
  let state = initialStep(cfg, null).state;
  const apply = (input: NodeInput) => {
    state = stepNode(cfg, state, input).state;
  };
  apply({ type: 'propose', node: 0, slot: 1, parent: GENESIS });
  for (const voter of [1, 2, 3])
    apply({
      type: 'receive',
      to: 0,
      msg: { type: 'vote', vote: { kind: 'notar', slot: 1, block: b1, voter } },
    });
  apply({ type: 'propose', node: 0, slot: 2, parent: b1 });
  return state;
}

const describeSent = (sent: readonly { to: number; msg: Message }[]) =>
  sent.map(({ to, msg }) =>
    msg.type === 'cert'
      ? `${to}: cert ${msg.cert.kind}(${msg.cert.slot})`
      : msg.type === 'vote'
        ? `${to}: vote ${msg.vote.kind}(${msg.vote.slot}) by ${msg.vote.voter}`
        : `${to}: block`,
  );

function standstillAt0(cfg: ModelConfig): string[] {
  const result = stepNode(cfg, stalledAtSlot2(cfg), { type: 'standstill', node: 0 });
  return describeSent((result.effects as StepEffects).sent);
}

describe('a standstill input', () => {
  const cfg = testConfig({ stakes: equalStakes(4), windowSize: 2, maxSlot: 4, leaderOffset: 0 });

  it('re-sends the finalization proof of the highest finalized slot and the own votes above it, to every other node', () => {
    // Slot 1 is fast-finalized: its proof is the FastFinalization certificate alone (no Notar
    // vote of slot 1 again); slot 2 holds no certificate yet, only v0's own Notar vote.
    const sent = standstillAt0(cfg);
    const perNode = (to: number) => [`${to}: cert fastFinal(1)`, `${to}: vote notar(2) by 0`];
    expect([...sent].sort()).toEqual([...perNode(1), ...perNode(2), ...perNode(3)].sort());
  });

  it('changes no state: it only sends', () => {
    const before = stalledAtSlot2(cfg);
    const after = stepNode(cfg, before, { type: 'standstill', node: 0 }).state;
    expect(after.nodes).toEqual(before.nodes);
    expect(after.castVotes).toEqual(before.castVotes);
  });

  it('sends nothing with standstill_rebroadcast off (the switch that shows what breaks without it)', () => {
    const off = { ...cfg, rebroadcastOnStandstill: false };
    expect(standstillAt0(off)).toEqual([]);
  });

  it('with nothing finalized, re-sends every certificate from slot 1 on and every own vote', () => {
    let state = initialStep(cfg, null).state;
    state = stepNode(cfg, state, { type: 'propose', node: 0, slot: 1, parent: GENESIS }).state;
    state = stepNode(cfg, state, { type: 'timeout', node: 1, slot: 1 }).state; // v1 skips slots 1-2
    const sent = (stepNode(cfg, state, { type: 'standstill', node: 1 }).effects as StepEffects).sent;
    const to0 = describeSent(sent.filter((e) => e.to === 0));
    expect(to0).toEqual(['0: vote skip(1) by 1', '0: vote skip(2) by 1']);
    expect(sent.every((e) => e.msg.type !== 'vote' || e.msg.vote.block === NO_BLOCK)).toBe(true);
  });
});
