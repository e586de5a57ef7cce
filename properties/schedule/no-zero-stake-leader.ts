import { caseCommand, type ScheduleProperty, scheduleOf } from './types.ts';

/**
 * NoZeroStakeLeader: a validator without stake never leads (agave `LeaderSchedule::new` drops
 * zero stakes; WeightedIndex never picks a zero weight). Fails for a draw that ignores stake or a
 * cumulative search that stops at a weight equal to the draw.
 */
export const noZeroStakeLeader: ScheduleProperty = {
  kind: 'schedule',
  name: 'NoZeroStakeLeader',
  reference: 'agave ledger/src/leader_schedule/vote_keyed.rs (stake > 0)',
  description: 'no slot is led by a validator with zero stake',
  check(c, algorithm) {
    const leaders = scheduleOf(c, algorithm);
    const slot = leaders.findIndex((v) => c.stakes[v] === 0n);
    return slot < 0
      ? null
      : `slot ${slot} is led by validator ${leaders[slot]}, which has no stake (${caseCommand(c)})`;
  },
};
