import { describe, expect, it } from 'vitest';
import { scheduleAgreement } from '../../../properties/schedule/schedule-agreement.ts';
import { SOLANA_SCHEDULE } from '../../../properties/schedule/types.ts';
import { TIES_IN_LISTING_ORDER } from './buggy-schedules.ts';

// Equal stakes: only the tie order (agave: vote address) decides the sorted order.
const c = { epoch: 3n, stakes: [4n, 4n, 4n, 4n, 9n], windows: 12, windowSize: 4 };

describe('ScheduleAgreement', () => {
  it('holds for Solana’s schedule: each validator’s own order of the table gives the same leaders', () => {
    expect(scheduleAgreement.check(c, SOLANA_SCHEDULE)).toBeNull();
  });
  it('fails when equal stakes keep the order a validator lists them in', () => {
    expect(scheduleAgreement.check(c, TIES_IN_LISTING_ORDER)).toMatch(
      /^validator \d computes leader \d for slot \d+, validator 0 computes \d/,
    );
  });
});
