import { describe, expect, it } from 'vitest';
import { GENESIS } from '../../../src/core/ids.ts';
import type { CertKind } from '../../../src/model/messages.ts';
import { Run } from '../../helpers/run.ts';
import { castOwnVote, OBSERVER, type OwnVote, slotOne } from '../../helpers/slot-one.ts';

// SafeToNotar(s, b) (Def. 16, reference §3): only if the node already voted in s but not
// Notar(b); and notar(b) ≥ S − f, or (skip(s) + notar(b) ≥ S and notar(b) ≥ f). In a non-first
// slot the node must also hold the NotarFallback certificate of b's parent. Raised once.
// With F = 0.8, S = 0.6 and total 100: S − f = 40, S = 60, f = 20.

interface Row {
  readonly name: string;
  readonly stakes: number[];
  readonly own: OwnVote;
  /** Byzantine validators voting Notar(b) and Skip. */
  readonly notar: number[];
  readonly skip: number[];
  readonly fires: boolean;
}

describe.each<Row>([
  {
    name: 'clause 1 at S − f: notar(b) = 40',
    stakes: [10, 40, 50],
    own: 'notarC',
    notar: [1],
    skip: [],
    fires: true,
  },
  {
    name: 'clause 1 from two voters: 25 + 15 = 40',
    stakes: [10, 25, 15, 50],
    own: 'notarC',
    notar: [1, 2],
    skip: [],
    fires: true,
  },
  {
    name: 'clause 1 one below: notar(b) = 39',
    stakes: [10, 39, 51],
    own: 'notarC',
    notar: [1],
    skip: [],
    fires: false,
  },
  {
    name: 'clause 2 at S and f: skip 10 (own) + 30, notar(b) 20',
    stakes: [10, 20, 30, 40],
    own: 'skip',
    notar: [1],
    skip: [2],
    fires: true,
  },
  {
    name: 'clause 2 one below S: skip 10 + 29, notar(b) 20',
    stakes: [10, 20, 29, 41],
    own: 'skip',
    notar: [1],
    skip: [2],
    fires: false,
  },
  {
    name: 'clause 2 with notar(b) one below f: skip 41, notar(b) 19',
    stakes: [10, 19, 31, 40],
    own: 'skip',
    notar: [1],
    skip: [2],
    fires: false,
  },
  {
    name: 'clause 2 when the node voted for another block: skip 40, notar(b) 20',
    stakes: [10, 20, 40, 30],
    own: 'notarC',
    notar: [1],
    skip: [2],
    fires: true,
  },
  {
    name: 'equal stakes, clause 1: 2 of 5',
    stakes: [1, 1, 1, 1, 1],
    own: 'skip',
    notar: [1, 2],
    skip: [],
    fires: true,
  },
  {
    name: 'equal stakes, clause 2: skip 2 (own + 1), notar(b) 1',
    stakes: [1, 1, 1, 1, 1],
    own: 'skip',
    notar: [1],
    skip: [2],
    fires: true,
  },
  {
    name: 'equal stakes: skip 1 (own), notar(b) 1',
    stakes: [1, 1, 1, 1, 1],
    own: 'skip',
    notar: [1],
    skip: [],
    fires: false,
  },
  {
    name: 'equal stakes, own Notar elsewhere: skip 1, notar(b) 1',
    stakes: [1, 1, 1, 1, 1],
    own: 'notarC',
    notar: [1],
    skip: [2],
    fires: false,
  },
])('SafeToNotar stake condition: $name', (row) => {
  it(row.fires ? 'is raised and answered with NotarFallback(b)' : 'is not raised', () => {
    const s = slotOne(row.stakes);
    castOwnVote(s, row.own);
    s.run.votes(row.notar, OBSERVER, 'notar', 1, s.b);
    s.run.votes(row.skip, OBSERVER, 'skip', 1);
    expect(s.run.slot(OBSERVER, 1).safeToNotarRaised).toEqual(row.fires ? [s.b] : []);
    expect(s.run.castIn(OBSERVER, 1).includes(`notarFallback:${s.b}`)).toBe(row.fires);
  });
});

describe('SafeToNotar guards', () => {
  it('is not raised before the node’s own vote, and is raised when that vote is cast (P5)', () => {
    const s = slotOne([10, 40, 50]);
    s.run.vote(1, OBSERVER, 'notar', 1, s.b);
    expect(s.run.slot(OBSERVER, 1).safeToNotarRaised).toEqual([]);
    expect(s.run.castIn(OBSERVER, 1)).toEqual([]);
    s.run.timeout(OBSERVER, 1);
    expect(s.run.castIn(OBSERVER, 1)).toEqual(['skip', `notarFallback:${s.b}`]);
  });

  it('is not raised for the block the node itself voted Notar for', () => {
    const s = slotOne([10, 40, 50]);
    castOwnVote(s, 'notarB');
    s.run.vote(1, OBSERVER, 'notar', 1, s.b);
    expect(s.run.slot(OBSERVER, 1).safeToNotarRaised).toEqual([]);
    expect(s.run.castIn(OBSERVER, 1)).toEqual([`notar:${s.b}`]);
  });

  it('does not count NotarFallback votes in notar(b) (P4)', () => {
    const s = slotOne([10, 40, 50]);
    castOwnVote(s, 'skip');
    s.run.votes([1, 2], OBSERVER, 'notarFallback', 1, s.b);
    expect(s.run.slot(OBSERVER, 1).safeToNotarRaised).toEqual([]);
  });

  it('is raised once per block: later votes for b add no second NotarFallback (P18)', () => {
    const s = slotOne([10, 40, 25, 25]);
    castOwnVote(s, 'skip');
    s.run.vote(1, OBSERVER, 'notar', 1, s.b);
    s.run.votes([2, 3], OBSERVER, 'notar', 1, s.b);
    expect(s.run.slot(OBSERVER, 1).safeToNotarRaised).toEqual([s.b]);
    expect(s.run.castIn(OBSERVER, 1).filter((v) => v.startsWith('notarFallback'))).toHaveLength(1);
  });

  it('is raised separately for two blocks of one slot', () => {
    const s = slotOne([10, 40, 40, 10]);
    castOwnVote(s, 'skip');
    s.run.vote(1, OBSERVER, 'notar', 1, s.b);
    s.run.vote(2, OBSERVER, 'notar', 1, s.c);
    expect([...s.run.slot(OBSERVER, 1).safeToNotarRaised].sort()).toEqual([s.b, s.c].sort());
  });
});

describe('SafeToNotar in a non-first slot needs the parent’s NotarFallback certificate (P6)', () => {
  // Slot 2 of the window 1..4. Stakes 10 (observer), 40, 50: Byzantine 1 alone gives notar(b2) = 40;
  // 1 and 2 together sign any certificate (90 ≥ 80).
  function slotTwo(): { run: Run; b1: number; sibling: number; b2: number; g2: number } {
    const run = Run.of({ stakes: [10, 40, 50], byzantine: [1, 2], leaderOffset: 1 });
    const b1 = run.byzBlock(1, 1, GENESIS);
    const sibling = run.byzBlock(1, 1, GENESIS);
    const b2 = run.byzBlock(1, 2, b1);
    const g2 = run.byzBlock(1, 2, GENESIS); // a slot-2 block directly on genesis
    run.timeout(OBSERVER, 1); // the observer skips the whole window: it has voted in slot 2
    return { run, b1, sibling, b2, g2 };
  }

  it.each<[string, CertKind | null, 'parent' | 'sibling', boolean]>([
    ['no certificate for the parent', null, 'parent', false],
    ['NotarFallback certificate for the parent', 'notarFallback', 'parent', true],
    ['Notarization certificate for the parent (implies NotarFallback)', 'notar', 'parent', true],
    ['FastFinalization certificate for the parent', 'fastFinal', 'parent', true],
    ['a certificate for a sibling of the parent only', 'notar', 'sibling', false],
  ])('%s: raised = %s', (_name, kind, target, fires) => {
    const { run, b1, sibling, b2 } = slotTwo();
    run.vote(1, OBSERVER, 'notar', 2, b2);
    if (kind) run.cert(1, OBSERVER, kind, 1, target === 'parent' ? b1 : sibling, [1, 2]);
    expect(run.slot(OBSERVER, 2).safeToNotarRaised).toEqual(fires ? [b2] : []);
  });

  it('is raised when the parent certificate arrives after the votes', () => {
    const { run, b1, b2 } = slotTwo();
    run.vote(1, OBSERVER, 'notar', 2, b2);
    expect(run.castIn(OBSERVER, 2)).toEqual(['skip']);
    run.cert(1, OBSERVER, 'notarFallback', 1, b1, [1, 2]);
    expect(run.castIn(OBSERVER, 2)).toEqual(['skip', `notarFallback:${b2}`]);
  });

  it('treats genesis as certified: a slot-2 block on genesis needs nothing more', () => {
    const { run, g2 } = slotTwo();
    run.vote(1, OBSERVER, 'notar', 2, g2);
    expect(run.slot(OBSERVER, 2).safeToNotarRaised).toEqual([g2]);
  });

  it('needs no parent certificate in the first slot of a window', () => {
    const s = slotOne([10, 40, 50]);
    castOwnVote(s, 'skip');
    s.run.vote(1, OBSERVER, 'notar', 1, s.b);
    expect(s.run.slot(OBSERVER, 1).safeToNotarRaised).toEqual([s.b]);
  });
});
