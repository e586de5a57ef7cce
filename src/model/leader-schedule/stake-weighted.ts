import { ChaChaU64Stream, epochSeed } from './chacha-u64.ts';
import { WeightedU64Index } from './weighted-index.ts';

export interface StakeWeightedRequest {
  /** Stake of each validator, in the order the caller names them (exact integers, u64). */
  readonly stakes: readonly bigint[];
  readonly epoch: bigint;
  /** Slots to schedule (agave: the epoch's length). */
  readonly slots: number;
  /** Consecutive slots per draw (agave: NUM_CONSECUTIVE_LEADER_SLOTS = 4; Alpenglow's leader window). */
  readonly repeat: number;
  /**
   * Order of two validators with equal stake (negative: `a` first). Default: the higher id first,
   * standing in for agave's vote address, compared descending.
   */
  readonly tieOrder?: (a: number, b: number) => number;
}

/**
 * Solana's leader schedule for one epoch (agave `ledger/src/leader_schedule.rs`
 * `stake_weighted_slot_leaders`, called by `vote_keyed.rs` `LeaderSchedule::new` and
 * `leader_schedule_utils.rs` `leader_schedule`). Not a VRF: a deterministic draw whose only
 * randomness is the epoch number. Step by step:
 *  1. drop validators with zero stake (`LeaderSchedule::new` filters `stake > 0`);
 *  2. sort by stake descending, equal stakes by vote address descending (`sort_stakes`);
 *  3. a WeightedU64Index over the sorted stakes (rand 0.8.5 WeightedIndex: cumulative sums);
 *  4. seed ChaCha20 with the epoch as little-endian u64 in the first 8 of 32 key bytes;
 *  5. for slot i = 0..slots−1: when i is a multiple of `repeat`, draw a leader (a uniform u64 in
 *     [0, total stake) by rejection, the first index whose cumulative stake exceeds it); every
 *     slot takes the current leader.
 * Returns, per slot, the index of its leader in `stakes` as given, so the result does not depend on
 * the order the stakes are listed in (only on the ids' tie order).
 */
export function stakeWeightedSlotLeaders(req: StakeWeightedRequest): number[] {
  const { stakes, slots, repeat } = req;
  if (!Number.isSafeInteger(repeat) || repeat < 1) throw new RangeError(`repeat must be >= 1, got ${repeat}`);
  if (!Number.isSafeInteger(slots) || slots < 0) throw new RangeError(`slots must be >= 0, got ${slots}`);
  if (slots % repeat !== 0) throw new RangeError(`slots (${slots}) must be a multiple of repeat (${repeat})`);
  const tieOrder = req.tieOrder ?? ((a: number, b: number) => b - a);
  const ids = stakes.flatMap((s, id) => (s > 0n ? [id] : []));
  if (ids.length === 0) throw new RangeError('no validator has stake: a schedule needs at least one');
  ids.sort((a, b) => {
    const sa = stakes[a] as bigint;
    const sb = stakes[b] as bigint;
    return sa === sb ? tieOrder(a, b) : sb > sa ? 1 : -1;
  });
  const index = new WeightedU64Index(ids.map((id) => stakes[id] as bigint));
  const rng = new ChaChaU64Stream(epochSeed(req.epoch));
  const leaders: number[] = new Array(slots);
  let current = -1;
  for (let i = 0; i < slots; i++) {
    if (i % repeat === 0) current = ids[index.sample(rng)] as number;
    leaders[i] = current;
  }
  return leaders;
}

/** One leader per window of `windows` windows: the draws alone (repeat 1 over windows, not slots). */
export function stakeWeightedWindowLeaders(
  stakes: readonly bigint[],
  epoch: bigint,
  windows: number,
): number[] {
  return stakeWeightedSlotLeaders({ stakes, epoch, slots: windows, repeat: 1 });
}
