import { describe, expect, it } from 'vitest';
import { GENESIS } from '../../../src/core/ids.ts';
import { rngFromSeed } from '../../../src/core/rng.ts';
import type { Action } from '../../../src/model/actions/types.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// enabledActions is the model's `actions`: it must list only actions `next` accepts, in a
// deterministic order, and leave out only moves that could change nothing.

const key = (a: Action) => JSON.stringify(a);

describe('enabledActions', () => {
  it('offers one timeout per armed window: the earliest unvoted slot', () => {
    const run = Run.of({ stakes: equalStakes(4) });
    const timeouts = () => run.model.actions(run.state).filter((a) => a.type === 'timeout' && a.node === 1);
    expect(timeouts()).toEqual([{ type: 'timeout', node: 1, slot: 1 }]);
    run.propose(0, 1, GENESIS);
    run.deliverAll((e) => e.to === 1 && e.msg.type === 'block');
    expect(timeouts()).toEqual([{ type: 'timeout', node: 1, slot: 2 }]);
  });

  it('offers the leader’s proposals on each ready parent and nothing for other validators', () => {
    const run = Run.of({ stakes: equalStakes(4) });
    const proposals = run.model.actions(run.state).filter((a) => a.type === 'propose');
    expect(proposals).toEqual([{ type: 'propose', node: 0, slot: 1, parent: GENESIS }]);
  });

  it('leaves out a Byzantine vote the recipient’s pool would drop, which indeed changes nothing', () => {
    const run = Run.of({ stakes: equalStakes(5), byzantine: [3, 4], leaderOffset: 3 });
    run.vote(4, 0, 'skip', 1);
    const dropped: Action = {
      type: 'byzSend',
      node: 4,
      to: 0,
      msg: { type: 'vote', vote: { kind: 'skip', slot: 1, block: -1, voter: 4 } },
    };
    expect(run.model.actions(run.state).map(key)).not.toContain(key(dropped));
    expect(run.model.next(run.state, dropped)).toEqual(run.state);
  });

  it.each([
    ['all correct', { stakes: equalStakes(4) }],
    [
      'one double-voting validator',
      { stakes: equalStakes(5), byzantine: [4], strategy: 'double_voting' as const },
    ],
    ['one arbitrary validator leading window 1', { stakes: equalStakes(5), byzantine: [4], leaderOffset: 4 }],
  ])(
    'on a seeded random walk (%s), every offered action is accepted, the same list every time',
    (_name, setup) => {
      const run = Run.of({ ...setup, maxSlot: 4 });
      const rng = rngFromSeed(`enabled/${_name}`);
      for (let step = 0; step < 60; step++) {
        const actions = run.model.actions(run.state);
        expect(run.model.actions(run.state)).toEqual(actions);
        for (const action of actions) expect(run.accepts(action), key(action)).toBe(true);
        if (actions.length === 0) break;
        run.apply(rng.pick(actions));
      }
    },
  );
});
