import { caseCommand, type ScheduleProperty, scheduleOf } from './types.ts';

/**
 * OneLeaderPerWindow: the schedule names exactly one leader, a validator of the table, for every
 * slot, and the same one for all slots of a window (Alpenglow's leader windows; agave draws once
 * per NUM_CONSECUTIVE_LEADER_SLOTS). Fails for a draw per slot instead of per window.
 */
export const oneLeaderPerWindow: ScheduleProperty = {
  kind: 'schedule',
  name: 'OneLeaderPerWindow',
  reference: 'agave ledger/src/leader_schedule.rs (repeat); Alpenglow §2.7 leader windows',
  description: 'every slot has one leader from the stake table, the same for the whole window',
  check(c, algorithm) {
    const leaders = scheduleOf(c, algorithm);
    const slots = c.windows * c.windowSize;
    if (leaders.length !== slots) return `${leaders.length} leaders for ${slots} slots (${caseCommand(c)})`;
    for (let slot = 0; slot < slots; slot++) {
      const leader = leaders[slot] as number;
      if (!Number.isInteger(leader) || leader < 0 || leader >= c.stakes.length) {
        return `slot ${slot}: leader ${leader} is not a validator of the table (${caseCommand(c)})`;
      }
      const first = leaders[slot - (slot % c.windowSize)] as number;
      if (leader !== first) {
        const w = Math.floor(slot / c.windowSize);
        return `window ${w} has two leaders: ${first} and ${leader} (slot ${slot}) (${caseCommand(c)})`;
      }
    }
    return null;
  },
};
