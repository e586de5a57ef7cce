import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { GENESIS, NO_BLOCK } from '../../src/core/ids.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import { describeSlotChange, stateChanges } from '../../src/model/describe-diff.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import { NO_VOTE, SKIP_VOTE, type SlotState } from '../../src/model/slot-state.ts';
import { blankState, type State } from '../../src/model/state.ts';

/** 3 correct validators, one slot, v0 leads it; block 1a has id 4 (slot × 4 + version). */
const cfg = buildModelConfig({
  ...DEFAULT_CONFIG,
  validators: 3,
  byzantine_count: 0,
  offline_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  leader_offset: 0,
});
const B1A = 4;
const blank = blankState(cfg);
const before: State = {
  ...blank,
  blocks: [
    ...blank.blocks,
    undefined,
    undefined,
    undefined,
    { id: B1A, slot: 1, parent: GENESIS, proposer: 0, variant: 0 },
  ],
};

/** `before` with node `node`'s slot 1 changed by `edit` (and its cast votes replaced when given). */
function withSlot(
  state: State,
  node: number,
  edit: Partial<SlotState>,
  cast?: State['castVotes'][number],
): State {
  const nodes = state.nodes.map((n, i) => {
    if (i !== node || n === null) return n;
    return { slots: n.slots.map((s, slot) => (slot === 1 ? { ...s, ...edit } : s)) };
  });
  const castVotes = state.castVotes.map((c, i) => (i === node && cast ? cast : c));
  return { ...state, nodes, castVotes };
}

describe('stateChanges: what one step changed in each validator', () => {
  it('lists pool entries added and flags changed, per validator and slot, in field order', () => {
    const after = withSlot(
      before,
      1,
      {
        initialVote: [B1A, NO_VOTE, SKIP_VOTE],
        notarFallbackVotes: [[2, B1A]],
        skipFallbackVote: [0, 0, 1],
        finalVote: [1, 0, 0],
        certs: [{ kind: 'notar', slot: 1, block: B1A, signers: [0, 1] }],
        parentReady: [GENESIS],
        voted: true,
        votedNotar: B1A,
        blockNotarized: [B1A],
        itsOver: true,
        safeToNotarRaised: [B1A],
      },
      [{ kind: 'notar', slot: 1, block: B1A, voter: 1 }],
    );
    const changes = stateChanges(cfg, before, after);
    expect(changes.map(describeSlotChange)).toEqual([
      'v1 slot 1: pool +Notar(1a) by v0, +Skip(1) by v2, +NotarFallback(1a) by v2, +SkipFallback(1) by v2, ' +
        '+Final(1) by v0, +NotarizationCert(1a; v0,v1); flags +ParentReady(G), +Voted, +VotedNotar(1a), ' +
        '+BlockNotarized(1a), +ItsOver, +SafeToNotar(1a); casts Notar(1a)',
    ]);
  });

  it('says when a block flag is cleared or replaced, a boolean drops, and a node finalizes', () => {
    const start = withSlot(before, 0, { pending: B1A, firstBlock: B1A, badWindow: true });
    const after = withSlot(start, 0, {
      pending: NO_BLOCK,
      badWindow: false,
      timeoutsSet: true,
      certs: [{ kind: 'fastFinal', slot: 1, block: B1A, signers: [0, 1, 2] }],
    });
    expect(stateChanges(cfg, start, after).map(describeSlotChange)).toEqual([
      'v0 slot 1: pool +FastFinalizationCert(1a; v0,v1,v2); flags -BadWindow, -Pending(1a), +TimeoutsSet, +Finalized(1a, fast)',
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(stateChanges(cfg, before, before)).toEqual([]);
    expect(stateChanges(cfg, before, { ...before, nodes: [...before.nodes] })).toEqual([]);
  });

  it("on a real step: the leader's block reaches v1, which votes Notar and stores its own vote", () => {
    const model = createAlpenglowModel(cfg);
    let state = model.init()[0] as State;
    state = model.next(state, { type: 'propose', node: 0, slot: 1, parent: GENESIS });
    const deliver = model
      .actions(state)
      .find((a) => a.type === 'deliver' && a.to === 1 && a.msg.type === 'block');
    if (deliver === undefined) throw new Error('no block delivery to v1 is enabled');
    const changes = stateChanges(cfg, state, model.next(state, deliver));
    expect(changes.map((c) => c.node)).toEqual([1]);
    const line = describeSlotChange(changes[0] as never);
    expect(line).toMatch(/^v1 slot 1: pool \+Notar\(1a\) by v1; flags .*\+Voted, \+VotedNotar\(1a\)/);
    expect(line).toMatch(/; casts Notar\(1a\)$/);
  });
});
