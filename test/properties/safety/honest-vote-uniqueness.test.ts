import { describe, expect, it } from 'vitest';
import { honestVoteUniqueness } from '../../../properties/safety/honest-vote-uniqueness.ts';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import { allCorrectWindow, oneNodeTimesOut, withCastVote } from '../../helpers/scenarios.ts';

// Reference §7.1 (Lemma 20): a correct node casts at most one Notar-or-Skip vote per slot.

describe('HonestVoteUniqueness', () => {
  it('holds when every correct node voted Notar once in each slot of a window', () => {
    const { run } = allCorrectWindow();
    expect(run.cast(1).filter((v) => v.kind === 'notar')).toHaveLength(4);
    expect(honestVoteUniqueness.check(run.cfg, run.state)).toBeNull();
  });

  it('holds for a node that skipped, then received the block and fell back', () => {
    const { run, b1 } = oneNodeTimesOut();
    expect(run.castIn(3, 1)).toEqual(['skip', `notarFallback:${b1}`]);
    expect(honestVoteUniqueness.check(run.cfg, run.state)).toBeNull();
  });

  it.each([
    ['a Skip after its Notar', { kind: 'skip', slot: 2, block: NO_BLOCK, voter: 1 } as const],
    ['a second Notar for another block', { kind: 'notar', slot: 2, block: 99, voter: 1 } as const],
  ])('fails when a correct node also cast %s in the slot', (_name, extra) => {
    const { run } = allCorrectWindow();
    const message = honestVoteUniqueness.check(run.cfg, withCastVote(run.state, extra));
    expect(message).toMatch(/^validator 1 cast Notar\(2a\) and .* in slot 2$/);
  });

  it('ignores votes of other kinds in the slot (fallbacks and Final are not initial votes)', () => {
    const { run } = allCorrectWindow();
    const state = withCastVote(run.state, { kind: 'skipFallback', slot: 2, block: NO_BLOCK, voter: 1 });
    expect(honestVoteUniqueness.check(run.cfg, state)).toBeNull();
  });
});
