import { describe, expect, it } from 'vitest';
import { noZeroStakeLeader } from '../../../properties/schedule/no-zero-stake-leader.ts';
import { SOLANA_SCHEDULE } from '../../../properties/schedule/types.ts';
import { UNIFORM_OVER_LISTED } from './buggy-schedules.ts';

const c = { epoch: 7n, stakes: [0n, 5n, 0n, 3n], windows: 40, windowSize: 1 };

describe('NoZeroStakeLeader', () => {
  it('holds for Solana’s schedule: zero stakes are dropped before the draw', () => {
    expect(noZeroStakeLeader.check(c, SOLANA_SCHEDULE)).toBeNull();
  });
  it('fails for a draw that ignores stake', () => {
    expect(noZeroStakeLeader.check(c, UNIFORM_OVER_LISTED)).toMatch(
      /^slot \d+ is led by validator [02], which has no stake/,
    );
  });
});
