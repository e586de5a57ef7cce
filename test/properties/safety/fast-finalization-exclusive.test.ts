import { describe, expect, it } from 'vitest';
import { fastFinalizationExclusive } from '../../../properties/safety/fast-finalization-exclusive.ts';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';
import { allCorrectWindow, byzantineSupermajority } from '../../helpers/scenarios.ts';

// Reference §7.3 (Lemma 21): if b is fast-finalized in s, no other block of s has a Notarization
// or NotarFallback certificate and s has no Skip certificate — over all correct pools.

describe('FastFinalizationExclusive', () => {
  it('holds when all correct nodes fast-finalize the same blocks', () => {
    const { run, chain } = allCorrectWindow();
    expect(run.certsIn(2, 1)).toContain(`fastFinal:${chain[0]}`);
    expect(fastFinalizationExclusive.check(run.cfg, run.state)).toBeNull();
  });

  it('holds with a NotarFallback certificate for the fast-finalized block itself', () => {
    const { run, b1 } = byzantineSupermajority();
    run.cert(1, 0, 'fastFinal', 1, b1, [1, 2, 3, 4]);
    run.votes([1, 2, 3], 0, 'notarFallback', 1, b1);
    expect(fastFinalizationExclusive.check(run.cfg, run.state)).toBeNull();
  });

  it('fails when the same pool also holds a Skip certificate for the slot (80% Byzantine)', () => {
    const { run, b1 } = byzantineSupermajority();
    run.cert(1, 0, 'fastFinal', 1, b1, [1, 2, 3, 4]);
    run.cert(1, 0, 'skip', 1, NO_BLOCK, [1, 2, 3, 4]);
    expect(fastFinalizationExclusive.check(run.cfg, run.state)).toBe(
      'validator 0 holds fastFinal(1a) but validator 0 holds skip(slot 1)',
    );
  });

  it('fails when another correct pool holds a NotarFallback certificate for a sibling', () => {
    // Two correct validators (0, 1) and three Byzantine (60%, 3 of 5 < F = 4): the fast
    // certificate needs the correct validator 0's own Notar vote.
    const run = Run.of({ stakes: equalStakes(5), byzantine: [2, 3, 4], leaderOffset: 2 });
    const b = run.byzBlock(2, 1, 0);
    const c = run.byzBlock(2, 1, 0);
    run.sendBlock(2, 0, b);
    run.votes([2, 3, 4], 0, 'notar', 1, b);
    run.votes([2, 3, 4], 1, 'notarFallback', 1, c);
    expect(run.certsIn(0, 1)).toContain(`fastFinal:${b}`);
    expect(fastFinalizationExclusive.check(run.cfg, run.state)).toBe(
      'validator 0 holds fastFinal(1a) but validator 1 holds notarFallback(1b)',
    );
  });
});
