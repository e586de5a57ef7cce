import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { Driver } from '../helpers/drive.ts';

const notar = (slot: number, block: number, voter: number) => ({
  kind: 'notar' as const,
  slot,
  block,
  voter,
});
const final = (slot: number, voter: number) => ({ kind: 'final' as const, slot, block: -1, voter });

function violated(d: Driver): string[] {
  return SAFETY_PROPERTIES.filter((p) => p.check(d.cfg, d.state) !== null).map((p) => p.name);
}

/**
 * The attack of reference §8, step by step: 5 equal validators, v4 Byzantine and leader of the first
 * window, thresholds 0.8/0.6. v0,v1 get block A and v2,v3 get block B; with v4's vote each block
 * has exactly 60% and is notarized; all four correct nodes cast Final(1); v0 and v2 finalize
 * different blocks. With a strict comparison (> 60%) this story would be impossible.
 */
function story(thresholds: { fast: number; slow: number }): Driver {
  const d = Driver.of(
    {
      validators: 5,
      byzantine_count: 1,
      byzantine_strategy: 'equivocating_leader',
      fast_path_threshold: thresholds.fast,
      slow_path_threshold: thresholds.slow,
    },
    { maxSlot: 1, leaderOffset: 4 },
  );
  d.apply(
    { type: 'byzPropose', node: 4, slot: 1, parent: 0 },
    { type: 'byzPropose', node: 4, slot: 1, parent: 0 },
  );
  const [a, b] = [d.block(1, 0), d.block(1, 1)];
  for (const [to, block] of [
    [0, a],
    [1, a],
    [2, b],
    [3, b],
  ] as const)
    d.byzSend(4, to, { type: 'block', block });
  d.deliverVote(0, notar(1, a, 1)).byzSend(4, 0, { type: 'vote', vote: notar(1, a, 4) });
  d.deliverVote(1, notar(1, a, 0)).byzSend(4, 1, { type: 'vote', vote: notar(1, a, 4) });
  d.deliverVote(2, notar(1, b, 3)).byzSend(4, 2, { type: 'vote', vote: notar(1, b, 4) });
  d.deliverVote(3, notar(1, b, 2)).byzSend(4, 3, { type: 'vote', vote: notar(1, b, 4) });
  return d;
}

describe('the 20% equivocation attack, by hand', () => {
  it('notarizes both blocks and finalizes conflicting ones with 0.8/0.6', () => {
    const d = story({ fast: 0.8, slow: 0.6 });
    for (const v of [0, 1, 2, 3]) expect(d.state.castVotes[v]?.some((x) => x.kind === 'final')).toBe(true);
    d.deliverVote(0, final(1, 1)).deliverVote(0, final(1, 2));
    d.deliverVote(2, final(1, 0)).deliverVote(2, final(1, 3));
    expect(violated(d)).toEqual(
      expect.arrayContaining([
        'NotarizationUniqueness',
        'NoConflictingFinalization',
        'ChainConsistency',
        'SlowFinalizationExclusive',
      ]),
    );
    expect(violated(d)).not.toContain('HonestVoteUniqueness');
  });

  it('stops at 59.9%: with slow threshold 0.61 neither block is notarized', () => {
    const d = story({ fast: 0.8, slow: 0.61 });
    for (const v of [0, 1, 2, 3]) expect(d.state.castVotes[v]?.some((x) => x.kind === 'final')).toBe(false);
    expect(violated(d)).toEqual([]);
  });
});
