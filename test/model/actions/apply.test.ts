import { describe, expect, it } from 'vitest';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import { ActionNotEnabled } from '../../../src/model/actions/apply.ts';
import type { Action } from '../../../src/model/actions/types.ts';
import type { State } from '../../../src/model/state.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// The transition function: pure, and it refuses what no validator could do.

/** Recursively freezes a state so that any write through `next` throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('next is pure', () => {
  it('never writes to the state it is given, and leaves it unchanged', () => {
    const run = Run.of({ stakes: equalStakes(5), byzantine: [4], leaderOffset: 0 });
    const b1 = run.propose(0, 1, GENESIS);
    const before: State = deepFreeze(run.state);
    const copy = structuredClone(before);
    // Deliveries of a block, a vote and a certificate, a timeout, and a Byzantine vote.
    run.deliverAll();
    run.timeout(1, 2);
    run.vote(4, 1, 'notar', 1, b1);
    expect(before).toEqual(copy);
  });

  it('is deterministic: the same action on the same state gives equal states', () => {
    const run = Run.of({ stakes: equalStakes(4) });
    const action: Action = { type: 'propose', node: 0, slot: 1, parent: GENESIS };
    expect(run.model.next(run.state, action)).toEqual(run.model.next(run.state, action));
  });
});

describe('next refuses actions that are not enabled', () => {
  // Validators 0..2 correct, 3 and 4 Byzantine (strategy varies); 3 leads window 1.
  function setup(strategy: 'arbitrary' | 'withholding' = 'arbitrary'): Run {
    return Run.of({ stakes: equalStakes(5), byzantine: [3, 4], leaderOffset: 3, strategy });
  }

  it.each<[string, (run: Run) => Action]>([
    [
      'delivering a message that is not in flight',
      () => ({ type: 'deliver', to: 0, msg: { type: 'block', block: 0 } }),
    ],
    [
      'a correct validator sending as Byzantine',
      () => ({ type: 'byzSend', node: 0, to: 1, msg: { type: 'block', block: 0 } }),
    ],
    [
      'a Byzantine validator sending to a Byzantine one',
      (run) => ({
        type: 'byzSend',
        node: 3,
        to: 4,
        msg: { type: 'block', block: run.byzBlock(3, 1, GENESIS) },
      }),
    ],
    [
      'a Byzantine validator signing as a correct one',
      () => ({
        type: 'byzSend',
        node: 3,
        to: 0,
        msg: { type: 'vote', vote: { kind: 'skip', slot: 1, block: NO_BLOCK, voter: 1 } },
      }),
    ],
    [
      'a Byzantine validator sending another validator’s block',
      (run) => ({
        type: 'byzSend',
        node: 4,
        to: 0,
        msg: { type: 'block', block: run.byzBlock(3, 1, GENESIS) },
      }),
    ],
    [
      'a vote for a block that does not exist',
      () => ({
        type: 'byzSend',
        node: 3,
        to: 0,
        msg: { type: 'vote', vote: { kind: 'notar', slot: 1, block: 7, voter: 3 } },
      }),
    ],
    [
      'a vote for a block of another slot',
      (run) => ({
        type: 'byzSend',
        node: 3,
        to: 0,
        msg: { type: 'vote', vote: { kind: 'notar', slot: 2, block: run.byzBlock(3, 1, GENESIS), voter: 3 } },
      }),
    ],
    [
      'a certificate naming a correct validator that never cast the vote',
      (run) => ({
        type: 'byzSend',
        node: 3,
        to: 0,
        msg: {
          type: 'cert',
          cert: { kind: 'notar', slot: 1, block: run.byzBlock(3, 1, GENESIS), signers: [0, 3, 4] },
        },
      }),
    ],
    [
      'a block from a validator that does not lead the slot',
      () => ({ type: 'byzPropose', node: 4, slot: 1, parent: GENESIS }),
    ],
    [
      'a third version of a slot (arbitrary allows two)',
      (run) => {
        run.byzBlock(3, 1, GENESIS);
        run.byzBlock(3, 1, GENESIS);
        return { type: 'byzPropose', node: 3, slot: 1, parent: GENESIS };
      },
    ],
    [
      'a timeout of a correct validator in a window without ParentReady',
      () => ({ type: 'timeout', node: 0, slot: 5 }),
    ],
    ['a timeout of a Byzantine validator', () => ({ type: 'timeout', node: 3, slot: 1 })],
    [
      'a proposal by a Byzantine validator as if correct',
      () => ({ type: 'propose', node: 3, slot: 1, parent: GENESIS }),
    ],
  ])('%s', (_name, make) => {
    const run = setup();
    const action = make(run);
    expect(() => run.model.next(run.state, action)).toThrow(ActionNotEnabled);
  });

  it('a strategy bounds the vote kinds: withholding cannot sign Skip', () => {
    const run = setup('withholding');
    const skip: Action = {
      type: 'byzSend',
      node: 3,
      to: 0,
      msg: { type: 'vote', vote: { kind: 'skip', slot: 1, block: NO_BLOCK, voter: 3 } },
    };
    expect(() => run.model.next(run.state, skip)).toThrow(ActionNotEnabled);
  });

  it('a certificate may name a correct validator for a vote it really cast', () => {
    const run = setup();
    const b1 = run.byzBlock(3, 1, GENESIS);
    run.sendBlock(3, 0, b1); // validator 0 votes Notar(b1)
    expect(
      run.accepts({
        type: 'byzSend',
        node: 3,
        to: 1,
        msg: { type: 'cert', cert: { kind: 'notar', slot: 1, block: b1, signers: [0, 3, 4] } },
      }),
    ).toBe(true);
  });
});
