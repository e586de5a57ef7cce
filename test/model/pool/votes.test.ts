import { describe, expect, it } from 'vitest';
import { AssertionFailure } from '../../../src/core/assert.ts';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import type { Vote, VoteKind } from '../../../src/model/messages.ts';
import {
  canStoreVote,
  notarStake,
  notarTallies,
  skipStake,
  storeVote,
} from '../../../src/model/pool/votes.ts';
import { emptySlotState, NO_VOTE, SKIP_VOTE, type SlotState } from '../../../src/model/slot-state.ts';
import { testConfig } from '../../helpers/config.ts';

// Pool storage rules (Def. 12, reference §3): per slot and sender, the first Notar-or-Skip vote
// (one shared entry), up to 3 NotarFallback votes for different blocks, the first SkipFallback,
// the first Final. Everything beyond is ignored.

const VOTER = 1;

/** One arrival: [kind, block] from VOTER, and whether the pool must keep it. */
type Arrival = readonly [VoteKind, number, boolean];

function vote(kind: VoteKind, block: number, voter = VOTER): Vote {
  return { kind, slot: 1, block, voter };
}

/** Offers the arrivals in order and checks each store/drop decision. */
function offer(slot: SlotState, arrivals: readonly Arrival[]): void {
  arrivals.forEach(([kind, block, stored], i) => {
    const v = vote(kind, block);
    expect(canStoreVote(slot, v), `arrival ${i}: ${kind}(${block})`).toBe(stored);
    if (stored) storeVote(slot, v);
  });
}

describe('storage rule 1: the first Notar-or-Skip vote per sender, one shared entry', () => {
  it.each<[string, Arrival[], number]>([
    ['a first Notar is kept', [['notar', 5, true]], 5],
    ['a first Skip is kept', [['skip', NO_BLOCK, true]], SKIP_VOTE],
    [
      'a later Notar for another block is dropped',
      [
        ['notar', 5, true],
        ['notar', 6, false],
      ],
      5,
    ],
    [
      'a repeated Notar for the same block is dropped',
      [
        ['notar', 5, true],
        ['notar', 5, false],
      ],
      5,
    ],
    [
      'a Skip after a Notar is dropped (the entry is shared)',
      [
        ['notar', 5, true],
        ['skip', NO_BLOCK, false],
      ],
      5,
    ],
    [
      'a Notar after a Skip is dropped',
      [
        ['skip', NO_BLOCK, true],
        ['notar', 5, false],
      ],
      SKIP_VOTE,
    ],
    [
      'fallback and Final votes do not take the entry',
      [
        ['notarFallback', 6, true],
        ['skipFallback', NO_BLOCK, true],
        ['final', NO_BLOCK, true],
        ['notar', 5, true],
      ],
      5,
    ],
  ])('%s', (_name, arrivals, entry) => {
    const slot = emptySlotState(3);
    offer(slot, arrivals);
    expect(slot.initialVote[VOTER]).toBe(entry);
  });

  it('keeps one entry per sender: other senders are unaffected', () => {
    const slot = emptySlotState(3);
    storeVote(slot, vote('notar', 5, 0));
    storeVote(slot, vote('skip', NO_BLOCK, 2));
    expect(canStoreVote(slot, vote('notar', 6, 1))).toBe(true);
    expect(slot.initialVote).toEqual([5, NO_VOTE, SKIP_VOTE]);
  });
});

describe('storage rule 2: up to 3 NotarFallback votes per sender, for different blocks', () => {
  it.each<[string, Arrival[], number[]]>([
    [
      'three different blocks are kept, the fourth is dropped',
      [
        ['notarFallback', 1, true],
        ['notarFallback', 2, true],
        ['notarFallback', 3, true],
        ['notarFallback', 4, false],
      ],
      [1, 2, 3],
    ],
    [
      'a duplicate is dropped and does not use up one of the three',
      [
        ['notarFallback', 1, true],
        ['notarFallback', 1, false],
        ['notarFallback', 2, true],
        ['notarFallback', 2, false],
        ['notarFallback', 3, true],
        ['notarFallback', 4, false],
      ],
      [1, 2, 3],
    ],
    [
      'a NotarFallback for the block of the stored Notar is kept (the paper allows both)',
      [
        ['notar', 1, true],
        ['notarFallback', 1, true],
      ],
      [1],
    ],
  ])('%s', (_name, arrivals, blocks) => {
    const slot = emptySlotState(3);
    offer(slot, arrivals);
    expect(slot.notarFallbackVotes).toEqual(blocks.map((b) => [VOTER, b]));
  });

  it('counts the three per sender: another sender still has all three', () => {
    const slot = emptySlotState(3);
    for (const b of [1, 2, 3]) storeVote(slot, vote('notarFallback', b));
    expect(canStoreVote(slot, vote('notarFallback', 4, 2))).toBe(true);
  });
});

describe('storage rules 3 and 4: the first SkipFallback and the first Final', () => {
  it.each<[string, Arrival[], 'skipFallbackVote' | 'finalVote']>([
    [
      'a second SkipFallback is dropped',
      [
        ['skipFallback', NO_BLOCK, true],
        ['skipFallback', NO_BLOCK, false],
      ],
      'skipFallbackVote',
    ],
    [
      'a SkipFallback after the sender’s Skip is kept (a separate rule)',
      [
        ['skip', NO_BLOCK, true],
        ['skipFallback', NO_BLOCK, true],
      ],
      'skipFallbackVote',
    ],
    [
      'a second Final is dropped',
      [
        ['final', NO_BLOCK, true],
        ['final', NO_BLOCK, false],
      ],
      'finalVote',
    ],
    [
      'a Final after the sender’s Notar is kept',
      [
        ['notar', 5, true],
        ['final', NO_BLOCK, true],
      ],
      'finalVote',
    ],
  ])('%s', (_name, arrivals, field) => {
    const slot = emptySlotState(3);
    offer(slot, arrivals);
    expect(slot[field]).toEqual([0, 1, 0]);
  });
});

describe('storeVote', () => {
  it('refuses a vote the rules drop (a caller bug, not a protocol event)', () => {
    const slot = emptySlotState(3);
    storeVote(slot, vote('notar', 5));
    expect(() => storeVote(slot, vote('skip', NO_BLOCK))).toThrow(AssertionFailure);
  });
});

describe('notar(b), skip(s) and the tallies (Def. 16): stored initial votes only', () => {
  // Unequal stakes so that a miscount by voter or by vote shows up as a wrong sum.
  const cfg = testConfig({ stakes: [5, 7, 11, 13, 17], byzantine: [1, 2, 3, 4] });

  function pool(): SlotState {
    const slot = emptySlotState(5);
    storeVote(slot, vote('notar', 8, 0));
    storeVote(slot, vote('notar', 9, 1));
    storeVote(slot, vote('notar', 8, 2));
    storeVote(slot, vote('skip', NO_BLOCK, 3));
    // Fallback votes are stored but must not count in notar(b) or skip(s) (P4).
    storeVote(slot, vote('notarFallback', 9, 4));
    storeVote(slot, vote('skipFallback', NO_BLOCK, 4));
    storeVote(slot, vote('notarFallback', 8, 3));
    return slot;
  }

  it('notar(b) sums the stake of the voters whose stored initial vote is Notar(b)', () => {
    expect(notarStake(cfg, pool(), 8)).toBe(5n + 11n);
    expect(notarStake(cfg, pool(), 9)).toBe(7n);
    expect(notarStake(cfg, pool(), 10)).toBe(0n);
  });

  it('skip(s) sums the stake of stored initial Skip votes only', () => {
    expect(skipStake(cfg, pool())).toBe(13n);
  });

  it('the tallies list each voted block once, ascending, and a voter in one term only', () => {
    const tallies = notarTallies(cfg, pool());
    expect(tallies).toEqual([
      [8, 16n],
      [9, 7n],
    ]);
    const counted = tallies.reduce((sum, [, stake]) => sum + stake, 0n) + skipStake(cfg, pool());
    expect(counted).toBeLessThanOrEqual(cfg.totalStake); // skip(s) + Σ notar(b) ≤ total (Def. 16 remark)
  });
});
