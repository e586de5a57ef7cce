import { scrambled } from './permute.ts';
import { caseCommand, entriesOf, type ScheduleProperty } from './types.ts';

/** The schedule as bytes: each leader id as a little-endian u32. */
function bytes(leaders: readonly number[]): Buffer {
  const out = Buffer.alloc(4 * leaders.length);
  leaders.forEach((v, i) => {
    out.writeUInt32LE(v >>> 0, 4 * i);
  });
  return out;
}

/**
 * ScheduleDeterminism: the schedule is a function of (epoch, stake table) alone: the same inputs
 * give the same bytes twice, and listing the table in reverse or scrambled order gives the same
 * leaders (agave sorts by stake and vote address before drawing, so the listing order cannot
 * matter). Fails for a schedule that keeps the listing order for equal stakes, or draws from
 * state outside its inputs.
 */
export const scheduleDeterminism: ScheduleProperty = {
  kind: 'schedule',
  name: 'ScheduleDeterminism',
  reference: 'agave ledger/src/leader_schedule/vote_keyed.rs (test_leader_schedule_basic: reproducible)',
  description: 'same epoch and stakes, same schedule bytes, whatever order the stakes are listed in',
  check(c, algorithm) {
    const entries = entriesOf(c);
    const slots = c.windows * c.windowSize;
    const run = (list: typeof entries) => bytes(algorithm(list, c.epoch, slots, c.windowSize));
    const first = run(entries);
    if (!first.equals(run(entries))) return `two runs on the same inputs differ (${caseCommand(c)})`;
    const orders = [
      ['reversed', [...entries].reverse()],
      ['scrambled', scrambled(entries, c.epoch)],
    ] as const;
    for (const [how, list] of orders) {
      const other = run(list);
      if (!first.equals(other)) {
        const slot = Math.floor(first.findIndex((b, i) => b !== other[i]) / 4);
        return `the stakes listed ${how} give another leader for slot ${slot}: ${other.readUInt32LE(4 * slot)} instead of ${first.readUInt32LE(4 * slot)} (${caseCommand(c)})`;
      }
    }
    return null;
  },
};
