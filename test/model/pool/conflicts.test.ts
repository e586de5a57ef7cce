import { describe, expect, it } from 'vitest';
import type { ProtocolName } from '../../../src/core/config/index.ts';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import { byzantineActions } from '../../../src/model/byzantine/actions.ts';
import { isBlockVote, type Vote, type VoteKind } from '../../../src/model/messages.ts';
import { AGAVE_CONFLICTING_KINDS } from '../../../src/model/pool/conflicts.ts';
import { canStoreVote, storeVote } from '../../../src/model/pool/votes.ts';
import { protocolRules } from '../../../src/model/protocol-rules.ts';
import { emptySlotState } from '../../../src/model/slot-state.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// Rule voteConflicts (src/model/protocol-rules.ts): under "agave" the pool refuses a vote whose
// sender already has a vote of a conflicting kind stored in the slot, as the real pool's
// test_reject_conflicting_votes_with_type does (votor/src/consensus_pool.rs, anza-xyz/alpenglow);
// under "whitepaper" Def. 12 refuses only a second Notar-or-Skip.

const KINDS: readonly VoteKind[] = ['notar', 'notarFallback', 'skip', 'skipFallback', 'final'];

/**
 * conflicting_types of votor/src/common.rs (master-backup 9f284c9, SkipFallback vs Finalize added
 * 2026-03-16 by #773), copied by hand: the model's table must say the same.
 */
const COMMON_RS: Record<VoteKind, readonly VoteKind[]> = {
  final: ['notarFallback', 'skip', 'skipFallback'],
  notar: ['skip', 'notarFallback'],
  notarFallback: ['final', 'notar'],
  skip: ['final', 'notar', 'skipFallback'],
  skipFallback: ['skip', 'final'],
};

/** Every ordered pair of different kinds: [first stored, second offered]. */
const PAIRS: [VoteKind, VoteKind][] = KINDS.flatMap((a) =>
  KINDS.filter((b) => b !== a).map((b): [VoteKind, VoteKind] => [a, b]),
);

const conflicting = (first: VoteKind, second: VoteKind) => COMMON_RS[second].includes(first);
/** Def. 12: the first Notar-or-Skip is one shared entry. */
const sharedEntry = (first: VoteKind, second: VoteKind) =>
  (first === 'notar' || first === 'skip') && (second === 'notar' || second === 'skip');

const VOTER = 1;
const B = 5;
const C = 6;

function vote(kind: VoteKind, block = B): Vote {
  return { kind, slot: 1, block: isBlockVote(kind) ? block : NO_BLOCK, voter: VOTER };
}

describe('the agave conflict table is votor/src/common.rs', () => {
  it('lists the same kinds for every vote kind, and is symmetric: 12 ordered pairs', () => {
    for (const k of KINDS)
      expect([...AGAVE_CONFLICTING_KINDS[k]].sort(), k).toEqual([...COMMON_RS[k]].sort());
    const pairs = PAIRS.filter(([a, b]) => conflicting(a, b));
    expect(pairs).toHaveLength(12);
    for (const [a, b] of pairs) expect(conflicting(b, a), `${b} after ${a}`).toBe(true);
  });
});

describe.each<ProtocolName>(['agave', 'whitepaper'])('canStoreVote under %s', (protocol) => {
  const rules = protocolRules(protocol);
  const refused = (a: VoteKind, b: VoteKind) =>
    sharedEntry(a, b) || (protocol === 'agave' && conflicting(a, b));

  it.each(PAIRS)('%s stored, then %s from the same sender (block votes for one block)', (first, second) => {
    const slot = emptySlotState(3);
    storeVote(slot, vote(first));
    expect(canStoreVote(slot, vote(second), rules)).toBe(!refused(first, second));
  });

  it.each<[VoteKind, VoteKind]>([
    ['notar', 'notarFallback'],
    ['notarFallback', 'notar'],
  ])('%s(b) stored, then %s(c) for another block: kept (only the same block conflicts)', (first, second) => {
    const slot = emptySlotState(3);
    storeVote(slot, vote(first, B));
    expect(canStoreVote(slot, vote(second, C), rules)).toBe(true);
  });

  it('another sender is never in conflict', () => {
    const slot = emptySlotState(3);
    storeVote(slot, vote('final'));
    expect(canStoreVote(slot, { ...vote('skip'), voter: 2 }, rules)).toBe(true);
  });
});

describe('vote conflicts through the model (votes from Byzantine 1 to correct 0; 5 of stake 1, S = 3)', () => {
  function setup(protocol: ProtocolName) {
    const run = Run.of({ stakes: equalStakes(5), byzantine: [1, 2, 3, 4], leaderOffset: 1, protocol });
    const b = run.byzBlock(1, 1, GENESIS);
    return { run, b };
  }

  it.each(PAIRS.filter(([a, b]) => conflicting(a, b)))(
    'agave: %s, then %s from the same sender leaves the pool as it was',
    (first, second) => {
      const { run, b } = setup('agave');
      run.vote(1, 0, first, 1, isBlockVote(first) ? b : NO_BLOCK);
      const before = run.slot(0, 1);
      run.vote(1, 0, second, 1, isBlockVote(second) ? b : NO_BLOCK);
      expect(run.slot(0, 1)).toEqual(before);
    },
  );

  it.each<ProtocolName>(['whitepaper', 'agave'])(
    '%s: NotarFallback(b) then Notar(b) from one sender, Notar(b) from two more: Notarization(b)?',
    (protocol) => {
      const { run, b } = setup(protocol);
      run.vote(1, 0, 'notarFallback', 1, b).vote(1, 0, 'notar', 1, b);
      run.votes([2, 3], 0, 'notar', 1, b);
      const certs = run.certsIn(0, 1);
      // Under agave 1's Notar is refused: notar(b) = 2 < S; its NotarFallback still counts for NotarFallback(b).
      expect(certs.includes(`notar:${b}`)).toBe(protocol === 'whitepaper');
      expect(certs).toContain(`notarFallback:${b}`);
    },
  );

  it.each<ProtocolName>(['whitepaper', 'agave'])(
    '%s: Final then Skip from one sender, Skip from two more: Skip(1)?',
    (protocol) => {
      const { run } = setup(protocol);
      run.vote(1, 0, 'final', 1).vote(1, 0, 'skip', 1);
      run.votes([2, 3], 0, 'skip', 1);
      expect(run.certsIn(0, 1).includes('skip')).toBe(protocol === 'whitepaper');
    },
  );

  it.each<ProtocolName>(['whitepaper', 'agave'])(
    '%s: the explorer offers a Byzantine vote send only where the pool would store it',
    (protocol) => {
      const { run } = setup(protocol);
      run.vote(1, 0, 'final', 1);
      const offered = byzantineActions(run.cfg, run.state).some(
        (a) =>
          a.type === 'byzSend' &&
          a.to === 0 &&
          a.msg.type === 'vote' &&
          a.msg.vote.voter === 1 &&
          a.msg.vote.slot === 1 &&
          a.msg.vote.kind === 'skip',
      );
      expect(offered).toBe(protocol === 'whitepaper');
    },
  );
});
