import type { ScheduleAlgorithm, StakeEntry } from '../../../properties/schedule/types.ts';
import { ChaChaU64Stream, epochSeed } from '../../../src/model/leader-schedule/chacha-u64.ts';
import { UniformU64Sampler } from '../../../src/model/leader-schedule/uniform-u64.ts';
import { WeightedU64Index } from '../../../src/model/leader-schedule/weighted-index.ts';

/**
 * Plausible bugs of a leader-schedule implementation, each a ScheduleAlgorithm the properties
 * must catch. Each differs from Solana's algorithm in one step only.
 */

/** Draws with `pick` once every `repeat` slots over the entries in the order `order` returns. */
function drawing(
  order: (entries: readonly StakeEntry[]) => StakeEntry[],
  pick: (sorted: readonly StakeEntry[], rng: ChaChaU64Stream) => StakeEntry,
  perSlot = false,
): ScheduleAlgorithm {
  return (entries, epoch, slots, windowSize) => {
    const sorted = order(entries);
    const rng = new ChaChaU64Stream(epochSeed(epoch));
    const out: number[] = [];
    let current = -1;
    for (let i = 0; i < slots; i++) {
      if (perSlot || i % windowSize === 0) current = pick(sorted, rng).id;
      out.push(current);
    }
    return out;
  };
}

const byStakeThenId = (entries: readonly StakeEntry[]) =>
  entries
    .filter((e) => e.stake > 0n)
    .sort((a, b) => (a.stake === b.stake ? b.id - a.id : b.stake > a.stake ? 1 : -1));

const weightedPick = (sorted: readonly StakeEntry[], rng: ChaChaU64Stream) =>
  sorted[new WeightedU64Index(sorted.map((e) => e.stake)).sample(rng)] as StakeEntry;

/** A draw for every slot instead of every window. */
export const DRAW_PER_SLOT = drawing(byStakeThenId, weightedPick, true);

/** Sorts by stake only (a stable sort): equal stakes stay in the order the table was listed in. */
export const TIES_IN_LISTING_ORDER = drawing(
  (entries) =>
    entries
      .filter((e) => e.stake > 0n)
      .sort((a, b) => (a.stake === b.stake ? 0 : b.stake > a.stake ? 1 : -1)),
  weightedPick,
);

/** Ignores stake: a uniform draw over every listed validator, zero stakes included. */
export const UNIFORM_OVER_LISTED = drawing(
  (entries) => [...entries].sort((a, b) => a.id - b.id),
  (sorted, rng) => sorted[Number(new UniformU64Sampler(BigInt(sorted.length)).sample(rng))] as StakeEntry,
);

/**
 * The cumulative search off by one: the first index whose cumulative stake reaches the draw
 * (`w < chosen`), not exceeds it: the first validator gains one unit of stake's chance, the
 * last never leads.
 */
export const CUMULATIVE_OFF_BY_ONE = drawing(byStakeThenId, (sorted, rng) => {
  let total = 0n;
  const cumulative = sorted.map((e) => {
    total += e.stake;
    return total;
  });
  cumulative.pop(); // stored without the total, as agave's
  const chosen = new UniformU64Sampler(total).sample(rng);
  const index = cumulative.findIndex((w) => w >= chosen);
  return sorted[index < 0 ? cumulative.length : index] as StakeEntry;
});
