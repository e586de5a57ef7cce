import { describe, expect, it } from 'vitest';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import type { VoteKind } from '../../../src/model/messages.ts';
import { equalStakes, ids } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// Certificates (Def. 11 Table 6, reference §2): FastFinalization counts Notar at F; Notarization
// counts Notar at S; NotarFallback counts Notar + NotarFallback at S; Skip counts Skip +
// SkipFallback at S; Finalization counts Final at S. "At least", over total stake.
//
// Every setup has one correct validator (0, the observer, which never votes here) and Byzantine
// validators 1.. whose votes are handed to it one by one.

const OBSERVER = 0;
const SLOT = 1;

interface Row {
  readonly name: string;
  readonly stakes: number[];
  readonly kind: VoteKind;
  readonly voters: number[];
  /** The certificates the observer must hold afterwards, as sorted labels. */
  readonly certs: string[];
}

/** Block b of slot 1 by Byzantine leader 1, then `kind` votes from `voters` to the observer. */
function runVotes(row: Row): { run: Run; b: number } {
  const run = Run.of({ stakes: row.stakes, byzantine: ids(1, row.stakes.length - 1), leaderOffset: 1 });
  const b = run.byzBlock(1, SLOT, GENESIS);
  const target = row.kind === 'notar' || row.kind === 'notarFallback' ? b : NO_BLOCK;
  run.votes(row.voters, OBSERVER, row.kind, SLOT, target);
  return { run, b };
}

// Five validators of stake 1: F = 4 of 5, S = 3 of 5, both exactly reachable.
const EQUAL = equalStakes(5);
// Total 100 with stakes 59 and 1 and 20: the thresholds 60 and 80 are hit exactly, and one unit
// less is reachable too, so "just below" is one stake unit below.
const UNEQUAL = [1, 59, 1, 20, 19];
// Total 7: S = 4.2 and F = 5.6, so the quorums are the ceilings 5 and 6.
const SEVEN = equalStakes(7);

describe.each<Row>([
  { name: 'equal: Notar 2/5, below S', stakes: EQUAL, kind: 'notar', voters: [1, 2], certs: [] },
  {
    name: 'equal: Notar 3/5, exactly S',
    stakes: EQUAL,
    kind: 'notar',
    voters: [1, 2, 3],
    certs: ['notar:4', 'notarFallback:4'],
  },
  {
    name: 'equal: Notar 4/5, exactly F',
    stakes: EQUAL,
    kind: 'notar',
    voters: [1, 2, 3, 4],
    certs: ['fastFinal:4', 'notar:4', 'notarFallback:4'],
  },
  { name: 'equal: NotarFallback 2/5', stakes: EQUAL, kind: 'notarFallback', voters: [1, 2], certs: [] },
  {
    name: 'equal: NotarFallback 3/5, exactly S, no Notarization',
    stakes: EQUAL,
    kind: 'notarFallback',
    voters: [1, 2, 3],
    certs: ['notarFallback:4'],
  },
  {
    name: 'equal: NotarFallback 4/5 never fast-finalizes',
    stakes: EQUAL,
    kind: 'notarFallback',
    voters: [1, 2, 3, 4],
    certs: ['notarFallback:4'],
  },
  { name: 'equal: Skip 2/5', stakes: EQUAL, kind: 'skip', voters: [1, 2], certs: [] },
  { name: 'equal: Skip 3/5', stakes: EQUAL, kind: 'skip', voters: [1, 2, 3], certs: ['skip'] },
  { name: 'equal: SkipFallback 2/5', stakes: EQUAL, kind: 'skipFallback', voters: [1, 2], certs: [] },
  {
    name: 'equal: SkipFallback 3/5',
    stakes: EQUAL,
    kind: 'skipFallback',
    voters: [1, 2, 3],
    certs: ['skip'],
  },
  { name: 'equal: Final 2/5', stakes: EQUAL, kind: 'final', voters: [1, 2], certs: [] },
  { name: 'equal: Final 3/5', stakes: EQUAL, kind: 'final', voters: [1, 2, 3], certs: ['final'] },
  { name: 'unequal: Notar 59/100', stakes: UNEQUAL, kind: 'notar', voters: [1], certs: [] },
  {
    name: 'unequal: Notar 60/100',
    stakes: UNEQUAL,
    kind: 'notar',
    voters: [1, 2],
    certs: ['notar:4', 'notarFallback:4'],
  },
  {
    name: 'unequal: Notar 79/100, one below F',
    stakes: UNEQUAL,
    kind: 'notar',
    voters: [1, 3],
    certs: ['notar:4', 'notarFallback:4'],
  },
  {
    name: 'unequal: Notar 80/100, exactly F',
    stakes: UNEQUAL,
    kind: 'notar',
    voters: [1, 2, 3],
    certs: ['fastFinal:4', 'notar:4', 'notarFallback:4'],
  },
  { name: 'unequal: NotarFallback 59/100', stakes: UNEQUAL, kind: 'notarFallback', voters: [1], certs: [] },
  {
    name: 'unequal: NotarFallback 60/100',
    stakes: UNEQUAL,
    kind: 'notarFallback',
    voters: [1, 2],
    certs: ['notarFallback:4'],
  },
  { name: 'unequal: Skip 59/100', stakes: UNEQUAL, kind: 'skip', voters: [1], certs: [] },
  { name: 'unequal: Skip 60/100', stakes: UNEQUAL, kind: 'skip', voters: [1, 2], certs: ['skip'] },
  { name: 'unequal: SkipFallback 59/100', stakes: UNEQUAL, kind: 'skipFallback', voters: [1], certs: [] },
  {
    name: 'unequal: SkipFallback 60/100',
    stakes: UNEQUAL,
    kind: 'skipFallback',
    voters: [1, 2],
    certs: ['skip'],
  },
  { name: 'unequal: Final 59/100', stakes: UNEQUAL, kind: 'final', voters: [1], certs: [] },
  { name: 'unequal: Final 60/100', stakes: UNEQUAL, kind: 'final', voters: [1, 2], certs: ['final'] },
  { name: 'total 7: Notar 4/7 < 4.2', stakes: SEVEN, kind: 'notar', voters: ids(1, 4), certs: [] },
  {
    name: 'total 7: Notar 5/7 ≥ 4.2, < 5.6',
    stakes: SEVEN,
    kind: 'notar',
    voters: ids(1, 5),
    certs: ['notar:4', 'notarFallback:4'],
  },
  {
    name: 'total 7: Notar 6/7 ≥ 5.6',
    stakes: SEVEN,
    kind: 'notar',
    voters: ids(1, 6),
    certs: ['fastFinal:4', 'notar:4', 'notarFallback:4'],
  },
  { name: 'total 7: Skip 4/7', stakes: SEVEN, kind: 'skip', voters: ids(1, 4), certs: [] },
  { name: 'total 7: Skip 5/7', stakes: SEVEN, kind: 'skip', voters: ids(1, 5), certs: ['skip'] },
])('threshold: $name', (row) => {
  it(`holds ${row.certs.length === 0 ? 'no certificate' : row.certs.join(', ')}`, () => {
    const { run } = runVotes(row);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual(row.certs);
  });

  if (row.certs.length > 0) {
    // A certificate is built the moment its threshold is met, so its signers are the shortest
    // prefix of the arrivals that meets it: all of them count, none is missing or extra.
    it('is signed by the shortest prefix of the voters that meets its threshold', () => {
      const { run } = runVotes(row);
      const { cfg } = run;
      for (const cert of run.slot(OBSERVER, SLOT).certs) {
        const quorum = cert.kind === 'fastFinal' ? cfg.quorum.fast : cfg.quorum.slow;
        const stake = (voters: readonly number[]) =>
          voters.reduce((sum, v) => sum + (cfg.stakes[v] ?? 0n), 0n);
        expect(cert.signers).toEqual(row.voters.slice(0, cert.signers.length));
        expect(stake(cert.signers)).toBeGreaterThanOrEqual(quorum);
        expect(stake(cert.signers.slice(0, -1))).toBeLessThan(quorum);
      }
    });
  }
});

describe('mixed certificates count each voter once (pitfall P2)', () => {
  it('NotarFallback: a voter with both Notar(b) and NotarFallback(b) counts once', () => {
    const run = Run.of({ stakes: EQUAL, byzantine: [1, 2, 3, 4], leaderOffset: 1 });
    const b = run.byzBlock(1, SLOT, GENESIS);
    run.vote(1, OBSERVER, 'notar', SLOT, b);
    run.vote(1, OBSERVER, 'notarFallback', SLOT, b);
    run.vote(2, OBSERVER, 'notarFallback', SLOT, b);
    // Three votes, two voters: 2 of 5 < S.
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([]);
    run.vote(3, OBSERVER, 'notarFallback', SLOT, b);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([`notarFallback:${b}`]);
    expect(run.slot(OBSERVER, SLOT).certs[0]?.signers).toEqual([1, 2, 3]);
  });

  it('NotarFallback: Notar and NotarFallback votes of different voters add up', () => {
    const run = Run.of({ stakes: UNEQUAL, byzantine: [1, 2, 3, 4], leaderOffset: 1 });
    const b = run.byzBlock(1, SLOT, GENESIS);
    run.vote(1, OBSERVER, 'notar', SLOT, b); // 59, Notar only
    run.vote(2, OBSERVER, 'notarFallback', SLOT, b); // +1 = 60
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([`notarFallback:${b}`]);
  });

  it('NotarFallback votes for another block of the slot do not count', () => {
    const run = Run.of({ stakes: EQUAL, byzantine: [1, 2, 3, 4], leaderOffset: 1 });
    const b = run.byzBlock(1, SLOT, GENESIS);
    const c = run.byzBlock(1, SLOT, GENESIS);
    run.votes([1, 2], OBSERVER, 'notarFallback', SLOT, b);
    run.vote(3, OBSERVER, 'notarFallback', SLOT, c);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([]);
  });

  it('Skip: a voter with both Skip and SkipFallback counts once', () => {
    const run = Run.of({ stakes: EQUAL, byzantine: [1, 2, 3, 4], leaderOffset: 1 });
    run.vote(1, OBSERVER, 'skip', SLOT);
    run.vote(1, OBSERVER, 'skipFallback', SLOT);
    run.vote(2, OBSERVER, 'skipFallback', SLOT);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([]);
    run.vote(3, OBSERVER, 'skip', SLOT);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual(['skip']);
    expect(run.slot(OBSERVER, SLOT).certs[0]?.signers).toEqual([1, 2, 3]);
  });

  it('Notarization and fast-finalization never count NotarFallback votes (P23)', () => {
    const run = Run.of({ stakes: EQUAL, byzantine: [1, 2, 3, 4], leaderOffset: 1 });
    const b = run.byzBlock(1, SLOT, GENESIS);
    run.votes([1, 2], OBSERVER, 'notar', SLOT, b);
    run.votes([3, 4], OBSERVER, 'notarFallback', SLOT, b);
    // 4 of 5 voted for b in some form: enough for NotarFallback, but Notar counts only 2.
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([`notarFallback:${b}`]);
  });

  it('Final votes count only towards the Finalization certificate', () => {
    const run = Run.of({ stakes: EQUAL, byzantine: [1, 2, 3, 4], leaderOffset: 1 });
    run.votes([1, 2, 3, 4], OBSERVER, 'final', SLOT);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual(['final']);
  });
});

describe('one certificate per (kind, slot, block)', () => {
  it('more votes after the threshold do not build a second certificate', () => {
    const run = Run.of({ stakes: EQUAL, byzantine: [1, 2, 3, 4], leaderOffset: 1 });
    run.votes([1, 2, 3], OBSERVER, 'skip', SLOT);
    run.vote(4, OBSERVER, 'skip', SLOT);
    expect(run.slot(OBSERVER, SLOT).certs).toEqual([
      { kind: 'skip', slot: SLOT, block: NO_BLOCK, signers: [1, 2, 3] },
    ]);
  });

  it('NotarFallback certificates for two blocks of one slot are both kept', () => {
    const run = Run.of({ stakes: equalStakes(7), byzantine: ids(1, 6), leaderOffset: 1 });
    const b = run.byzBlock(1, SLOT, GENESIS);
    const c = run.byzBlock(1, SLOT, GENESIS);
    // S = 5 of 7; each voter may store up to 3 NotarFallback votes, so both blocks can reach it.
    run.votes(ids(1, 5), OBSERVER, 'notarFallback', SLOT, b);
    run.votes(ids(2, 6), OBSERVER, 'notarFallback', SLOT, c);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([`notarFallback:${b}`, `notarFallback:${c}`]);
  });
});
