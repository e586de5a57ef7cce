import { describe, expect, it } from 'vitest';
import { finalExcludesFallback } from '../../../properties/safety/final-excludes-fallback.ts';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import type { Vote } from '../../../src/model/messages.ts';
import { oneNodeTimesOut, withCastVote } from '../../helpers/scenarios.ts';

// Reference §7.2 (Lemma 22): a correct node never casts Final(s) together with Skip(s),
// NotarFallback(s, ·) or SkipFallback(s).

describe('FinalExcludesFallback', () => {
  it('holds when Final and fallback votes come from different nodes', () => {
    const { run, b1 } = oneNodeTimesOut();
    expect(run.castIn(0, 1)).toEqual([`notar:${b1}`, 'final']);
    expect(run.castIn(3, 1)).toEqual(['skip', `notarFallback:${b1}`]);
    expect(finalExcludesFallback.check(run.cfg, run.state)).toBeNull();
  });

  it('holds when a node cast Final in one slot and Skip in a later slot of the window (P20)', () => {
    const { run } = oneNodeTimesOut();
    run.timeout(0, 2);
    expect(run.castIn(0, 2)).toEqual(['skip']);
    expect(finalExcludesFallback.check(run.cfg, run.state)).toBeNull();
  });

  it.each<[string, Omit<Vote, 'voter'>]>([
    ['Skip', { kind: 'skip', slot: 1, block: NO_BLOCK }],
    ['NotarFallback', { kind: 'notarFallback', slot: 1, block: 1 }],
    ['SkipFallback', { kind: 'skipFallback', slot: 1, block: NO_BLOCK }],
  ])('fails when a correct node that cast Final(1) also cast %s in slot 1', (_kind, vote) => {
    const { run } = oneNodeTimesOut();
    const state = withCastVote(run.state, { ...vote, voter: 2 });
    expect(finalExcludesFallback.check(run.cfg, state)).toBe(
      `validator 2 cast Final(1) and ${vote.kind} in slot 1`,
    );
  });
});
