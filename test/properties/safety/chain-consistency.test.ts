import { describe, expect, it } from 'vitest';
import { chainConsistency } from '../../../properties/safety/chain-consistency.ts';
import { noConflictingFinalization } from '../../../properties/safety/no-conflicting-finalization.ts';
import {
  allCorrectWindow,
  byzantineSupermajority,
  equivocationAtTwentyPercent,
} from '../../helpers/scenarios.ts';

// Reference §7.9 (Theorem 1): finalized blocks form one chain — if b is finalized in s and b′ in
// s′ ≥ s, then b′ is b or a descendant of b.

describe('ChainConsistency', () => {
  it('holds when all correct nodes finalize the same chain of four blocks', () => {
    const { run } = allCorrectWindow();
    expect(chainConsistency.check(run.cfg, run.state)).toBeNull();
  });

  it('fails at exactly 20% Byzantine stake: two versions of slot 1 finalized', () => {
    const { run } = equivocationAtTwentyPercent();
    expect(chainConsistency.check(run.cfg, run.state)).toBe(
      'validator 1 finalized 1a and validator 2 finalized 1b, which does not descend from it',
    );
  });

  it('fails for blocks of different slots on different branches, which the per-slot check misses', () => {
    const { run, b1, g2 } = byzantineSupermajority();
    run.cert(1, 0, 'fastFinal', 1, b1, [1, 2, 3, 4]);
    run.cert(1, 0, 'fastFinal', 2, g2, [1, 2, 3, 4]);
    expect(noConflictingFinalization.check(run.cfg, run.state)).toBeNull();
    expect(chainConsistency.check(run.cfg, run.state)).toBe(
      'validator 0 finalized 1a and validator 0 finalized 2b, which does not descend from it',
    );
  });
});
