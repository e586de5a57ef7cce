import { describe, expect, it } from 'vitest';
import { pendingBlocksRetried } from '../../../properties/safety/pending-blocks-retried.ts';
import { GENESIS } from '../../../src/core/ids.ts';
import type { State } from '../../../src/model/state.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';
import { allCorrectWindow } from '../../helpers/scenarios.ts';

// Algorithm 1 calls checkPendingBlocks after a Notar vote and on ParentReady (Alg. 2).

/** The state with one slot field of one node's state changed (no action does this). */
function withSlot(state: State, node: number, slot: number, change: Record<string, unknown>): State {
  const nodes = state.nodes.map((n, id) =>
    id !== node || n === null ? n : { slots: n.slots.map((s, k) => (k === slot ? { ...s, ...change } : s)) },
  );
  return { ...state, nodes };
}

describe('PendingBlocksRetried', () => {
  it('holds on a whole run, and while a block waits for its parent', () => {
    expect(pendingBlocksRetried.check(allCorrectWindow().run.cfg, allCorrectWindow().run.state)).toBeNull();
    const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
    const b1 = run.propose(0, 1, GENESIS);
    const b2 = run.propose(0, 2, b1);
    // v1 gets slot 2 first: its parent 1a has no Notar vote of v1 yet, so it parks.
    run.deliver({ to: 1, msg: { type: 'block', block: b2 }, key: `1>b/${b2}` });
    expect(run.slot(1, 2).pending).toBe(b2);
    expect(pendingBlocksRetried.check(run.cfg, run.state)).toBeNull();
  });

  it('fails when a parked block’s parent qualifies but it was never retried', () => {
    const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
    const b1 = run.propose(0, 1, GENESIS);
    // v2 holds ParentReady(1, G) from the start; 1a parked there was never voted on.
    const state = withSlot(run.state, 2, 1, { pending: b1 });
    expect(pendingBlocksRetried.check(run.cfg, state)).toBe(
      'validator 2 holds 1a pending although its parent qualifies (never retried)',
    );
  });

  it('fails when a node voted in the slot and still holds a pending block', () => {
    const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
    const b1 = run.propose(0, 1, GENESIS);
    run.timeout(3, 1);
    const state = withSlot(run.state, 3, 1, { pending: b1 });
    expect(pendingBlocksRetried.check(run.cfg, state)).toBe(
      'validator 3 voted in slot 1 but still holds 1a pending',
    );
  });
});
