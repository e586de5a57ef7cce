import type { NodeId } from '../../src/core/ids.ts';
import { stakeWeightedSlotLeaders } from '../../src/model/leader-schedule/stake-weighted.ts';

/** One validator's entry in a stake table: who (agave: the vote address) and how much (u64). */
export interface StakeEntry {
  readonly id: NodeId;
  readonly stake: bigint;
}

/** Inputs of one schedule: the epoch's stake table (ids 0..n−1, in id order), windows and their size. */
export interface ScheduleCase {
  readonly epoch: bigint;
  /** Stake of validator i at index i; zero stakes are allowed (they must never lead). */
  readonly stakes: readonly bigint[];
  readonly windows: number;
  readonly windowSize: number;
}

/**
 * A leader-schedule algorithm as a validator runs it: its stake table in whatever order it holds
 * the entries, the epoch, the slots, the slots per window; the leader id of every slot. The
 * properties take the algorithm as a parameter, so tests can hand them plausible bugs.
 */
export type ScheduleAlgorithm = (
  entries: readonly StakeEntry[],
  epoch: bigint,
  slots: number,
  windowSize: number,
) => NodeId[];

/** Solana's schedule (src/model/leader-schedule/stake-weighted.ts), ties broken by id, not position. */
export const SOLANA_SCHEDULE: ScheduleAlgorithm = (entries, epoch, slots, windowSize) =>
  stakeWeightedSlotLeaders({
    stakes: entries.map((e) => e.stake),
    epoch,
    slots,
    repeat: windowSize,
    tieOrder: (a, b) => (entries[b] as StakeEntry).id - (entries[a] as StakeEntry).id,
  }).map((i) => (entries[i] as StakeEntry).id);

/** The case's stake table in id order. */
export function entriesOf(c: ScheduleCase): StakeEntry[] {
  return c.stakes.map((stake, id) => ({ id, stake }));
}

/** The schedule of a case, slot by slot (windows × windowSize slots). */
export function scheduleOf(c: ScheduleCase, algorithm: ScheduleAlgorithm): NodeId[] {
  return algorithm(entriesOf(c), c.epoch, c.windows * c.windowSize, c.windowSize);
}

/** A property of the schedule of one case: null when it holds, else why not. */
export interface ScheduleProperty {
  readonly kind: 'schedule';
  readonly name: string;
  readonly reference: string;
  readonly description: string;
  check(c: ScheduleCase, algorithm: ScheduleAlgorithm): string | null;
}

/** How to recompute a case with the CLI (the message of a violation ends with it). */
export function caseCommand(c: ScheduleCase): string {
  return `leader-schedule --epoch ${c.epoch} --stakes ${c.stakes.join(',')} --slots ${c.windows * c.windowSize} --window-size ${c.windowSize}`;
}
