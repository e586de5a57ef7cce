import { describe, expect, it } from 'vitest';
import { GENESIS } from '../../../src/core/ids.ts';
import { proposeEnabled } from '../../../src/model/actions/honest.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// A correct leader (Algorithm 3, P9, P26) makes one block per slot of its window: the first on a
// parent it has ParentReady for, each later one on its own block of the previous slot.
// Four correct validators; validator 0 leads window 1..4, validator 1 leads 5..8.

function allCorrect(): Run {
  return Run.of({ stakes: equalStakes(4) });
}

describe('proposeEnabled', () => {
  it.each<[string, (run: Run) => [number, number, number], boolean]>([
    ['the leader, first slot, on its ParentReady parent', () => [0, 1, GENESIS], true],
    ['a validator that does not lead the window', () => [1, 1, GENESIS], false],
    ['the leader, a later slot before its block of the previous slot', () => [0, 2, GENESIS], false],
    ['the leader, a later slot on its own previous block', (run) => [0, 2, run.propose(0, 1, GENESIS)], true],
    [
      'the leader, a second block for a slot it already filled',
      (run) => {
        run.propose(0, 1, GENESIS);
        return [0, 1, GENESIS];
      },
      false,
    ],
    [
      'the leader, a later slot skipping its previous slot',
      (run) => [0, 3, run.propose(0, 1, GENESIS)],
      false,
    ],
    ['the next leader before ParentReady of its window', () => [1, 5, GENESIS], false],
    ['a slot beyond the run', () => [2, 9, GENESIS], false],
  ])('%s: %s', (_name, pick, enabled) => {
    const run = allCorrect();
    const [node, slot, parent] = pick(run);
    expect(proposeEnabled(run.cfg, run.state, node, slot, parent)).toBe(enabled);
    expect(run.accepts({ type: 'propose', node, slot, parent })).toBe(enabled);
  });
});

describe('propose', () => {
  it('adds the block, sends it to every other correct validator and lets the leader vote', () => {
    const run = allCorrect();
    const b1 = run.propose(0, 1, GENESIS);
    expect(run.state.blocks[b1]).toEqual({ id: b1, slot: 1, parent: GENESIS, proposer: 0, variant: 0 });
    expect(run.state.network.filter((e) => e.msg.type === 'block').map((e) => e.to)).toEqual([1, 2, 3]);
    expect(run.castIn(0, 1)).toEqual([`notar:${b1}`]);
  });
});
