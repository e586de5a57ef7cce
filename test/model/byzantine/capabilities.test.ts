import { describe, expect, it } from 'vitest';
import type { ByzantineStrategyName } from '../../../src/core/config/strategies.ts';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import { availableSigners, mayVote } from '../../../src/model/byzantine/capabilities.ts';
import type { VoteKind } from '../../../src/model/messages.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// Byzantine validators act as one coalition and sign only as themselves, within what their
// strategy allows (reference §6): "own" blocks are blocks any of them proposed.
// Validators 0..2 correct, 3 and 4 Byzantine. Slot 1 has two blocks: `own`, proposed by 3, and
// `other`, which the test attributes to correct validator 0 (built by hand: the round-robin
// schedule gives slot 1 one leader, and a silent strategy cannot propose at all).

function setup(strategy: ByzantineStrategyName): { run: Run; own: number; other: number } {
  const run = Run.of({ stakes: equalStakes(5), byzantine: [3, 4], leaderOffset: 3, strategy });
  const own = 1;
  const other = 2;
  run.state = {
    ...run.state,
    blocks: [
      ...run.state.blocks,
      { id: own, slot: 1, parent: GENESIS, proposer: 3, variant: 0 },
      { id: other, slot: 1, parent: GENESIS, proposer: 0, variant: 1 },
    ],
  };
  return { run, own, other };
}

describe.each<[ByzantineStrategyName, VoteKind[], boolean]>([
  ['silent', [], false],
  ['withholding', ['notar', 'final'], false],
  ['equivocating_leader', ['notar', 'final'], false],
  ['double_voting', ['notar', 'skip', 'final'], true],
  ['fallback_final', ['notar', 'notarFallback', 'skipFallback', 'final'], true],
  ['arbitrary', ['notar', 'notarFallback', 'skip', 'skipFallback', 'final'], true],
])('strategy %s', (strategy, kinds, foreign) => {
  it(`signs exactly ${JSON.stringify(kinds)}`, () => {
    const { run, own } = setup(strategy);
    const all: VoteKind[] = ['notar', 'notarFallback', 'skip', 'skipFallback', 'final'];
    const signable = all.filter((k) =>
      mayVote(run.cfg, run.state, k, 1, k === 'notar' || k === 'notarFallback' ? own : NO_BLOCK),
    );
    expect(signable).toEqual(kinds);
  });

  it(`${foreign ? 'may' : 'may not'} vote for a block a correct validator proposed`, () => {
    const { run, other } = setup(strategy);
    expect(mayVote(run.cfg, run.state, 'notar', 1, other)).toBe(foreign && kinds.includes('notar'));
  });
});

describe('the coalition', () => {
  it('a block proposed by any Byzantine validator is "own" to all of them', () => {
    const { run, own } = setup('withholding');
    // `own` was proposed by 3; withholding votes only for coalition blocks, and this is one.
    expect(mayVote(run.cfg, run.state, 'notar', 1, own)).toBe(true);
  });
});

describe('mayVote targets', () => {
  it('block votes need an existing block of that slot; slot votes need no block', () => {
    const { run, own } = setup('arbitrary');
    expect(mayVote(run.cfg, run.state, 'notar', 2, own)).toBe(false);
    expect(mayVote(run.cfg, run.state, 'notar', 1, GENESIS)).toBe(false);
    expect(mayVote(run.cfg, run.state, 'skip', 1, own)).toBe(false);
    expect(mayVote(run.cfg, run.state, 'skip', 1, NO_BLOCK)).toBe(true);
    expect(mayVote(run.cfg, run.state, 'skip', run.cfg.maxSlot + 1, NO_BLOCK)).toBe(false);
  });
});

describe('availableSigners', () => {
  it('names a correct validator only for a vote it cast, Byzantine ones whenever they may sign', () => {
    const run = Run.of({ stakes: equalStakes(5), byzantine: [3, 4], leaderOffset: 3 });
    const b = run.byzBlock(3, 1, GENESIS);
    expect(availableSigners(run.cfg, run.state, 'notar', 1, b)).toEqual([3, 4]);
    run.sendBlock(3, 1, b); // correct validator 1 votes Notar(b)
    expect(availableSigners(run.cfg, run.state, 'notar', 1, b)).toEqual([1, 3, 4]);
    expect(availableSigners(run.cfg, run.state, 'skip', 1, NO_BLOCK)).toEqual([3, 4]);
  });
});
