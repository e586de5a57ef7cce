import { describe, expect, it } from 'vitest';
import { scheduleDeterminism } from '../../../properties/schedule/schedule-determinism.ts';
import { SOLANA_SCHEDULE } from '../../../properties/schedule/types.ts';
import { TIES_IN_LISTING_ORDER } from './buggy-schedules.ts';

const c = { epoch: 457468n, stakes: [1n, 1n, 1n, 2n, 2n, 0n], windows: 16, windowSize: 2 };

describe('ScheduleDeterminism', () => {
  it('holds for Solana’s schedule: same bytes twice, in any listing order', () => {
    expect(scheduleDeterminism.check(c, SOLANA_SCHEDULE)).toBeNull();
  });
  it('fails for a schedule that depends on the order stakes are listed in', () => {
    expect(scheduleDeterminism.check(c, TIES_IN_LISTING_ORDER)).toMatch(
      /^the stakes listed (reversed|scrambled) give another leader for slot \d+/,
    );
  });
  it('fails for a schedule that draws from state outside its inputs', () => {
    let calls = 0;
    const stateful = (...args: Parameters<typeof SOLANA_SCHEDULE>) => {
      calls++;
      return SOLANA_SCHEDULE(args[0], args[1] + BigInt(calls), args[2], args[3]);
    };
    expect(scheduleDeterminism.check(c, stateful)).toMatch(/^two runs on the same inputs differ/);
  });
});
