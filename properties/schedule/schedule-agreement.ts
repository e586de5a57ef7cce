import { rotated } from './permute.ts';
import { caseCommand, entriesOf, type ScheduleProperty } from './types.ts';

/**
 * ScheduleAgreement: every validator, computing the schedule itself from the same epoch and stake
 * table, gets the same leader for every slot. Each validator holds the table in its own order
 * (here: starting with its own entry; agave reads it from a hash map, whose order is no contract),
 * so a schedule that depends on that order makes validators disagree on who leads, and a correct
 * leader's blocks are refused by part of the cluster.
 */
export const scheduleAgreement: ScheduleProperty = {
  kind: 'schedule',
  name: 'ScheduleAgreement',
  reference: 'agave ledger/src/leader_schedule.rs (sort_stakes: "to ensure a deterministic result")',
  description: 'every validator computes the same leader for every slot from the same epoch and stakes',
  check(c, algorithm) {
    const entries = entriesOf(c);
    const slots = c.windows * c.windowSize;
    const reference = algorithm(entries, c.epoch, slots, c.windowSize);
    for (let v = 1; v < entries.length; v++) {
      const own = algorithm(rotated(entries, v), c.epoch, slots, c.windowSize);
      const slot = own.findIndex((leader, s) => leader !== reference[s]);
      if (slot >= 0) {
        return `validator ${v} computes leader ${own[slot]} for slot ${slot}, validator 0 computes ${reference[slot]} (${caseCommand(c)})`;
      }
    }
    return null;
  },
};
