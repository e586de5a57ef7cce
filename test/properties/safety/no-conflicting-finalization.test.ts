import { describe, expect, it } from 'vitest';
import { noConflictingFinalization } from '../../../properties/safety/no-conflicting-finalization.ts';
import { finalizedBlocks } from '../../../src/model/finality.ts';
import {
  allCorrectWindow,
  byzantineSupermajority,
  equivocationAtTwentyPercent,
} from '../../helpers/scenarios.ts';

// Reference §7.8 (Theorem 1): no two correct nodes finalize different blocks in the same slot.

describe('NoConflictingFinalization', () => {
  it('holds when all correct nodes finalize the same chain', () => {
    const { run, chain } = allCorrectWindow();
    for (const node of [0, 1, 2, 3]) {
      expect([...finalizedBlocks(run.cfg, run.state, node)].sort()).toEqual([0, ...chain].sort());
    }
    expect(noConflictingFinalization.check(run.cfg, run.state)).toBeNull();
  });

  it('fails at exactly 20% Byzantine stake: the equivocation attack of the reference (§8)', () => {
    const { run } = equivocationAtTwentyPercent();
    expect(noConflictingFinalization.check(run.cfg, run.state)).toBe(
      'slot 1: validator 1 finalized 1a, validator 2 finalized 1b',
    );
  });

  it('counts ancestors: finalizing a child finalizes its slot-1 parent', () => {
    // 80% Byzantine: one pool finalizes b2 (parent b1), the same pool finalizes a sibling of b1.
    const { run, b2 } = byzantineSupermajority();
    const c1 = run.byzBlock(1, 1, 0);
    run.cert(1, 0, 'fastFinal', 2, b2, [1, 2, 3, 4]);
    expect(noConflictingFinalization.check(run.cfg, run.state)).toBeNull();
    run.cert(1, 0, 'fastFinal', 1, c1, [1, 2, 3, 4]);
    expect(noConflictingFinalization.check(run.cfg, run.state)).toMatch(
      /^slot 1: validator 0 finalized 1[ab], validator 0 finalized 1[ab]$/,
    );
  });
});
