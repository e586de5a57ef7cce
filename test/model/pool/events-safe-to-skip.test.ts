import { describe, expect, it } from 'vitest';
import { castOwnVote, OBSERVER, slotOne } from '../../helpers/slot-one.ts';

// SafeToSkip(s) (Def. 16, reference §3): only if the node already voted in s but not Skip (it
// voted Notar); and skip(s) + Σ_b notar(b) − max_b notar(b) ≥ S − f. Raised once per slot.
// With F = 0.8, S = 0.6 and total 100, S − f = 40. The observer (stake 10 or 1) always voted
// Notar(c) here unless the row says otherwise; Byzantine validators vote Notar(b), Notar(c), Skip.

interface Row {
  readonly name: string;
  readonly stakes: number[];
  readonly notarB: number[];
  readonly notarC: number[];
  readonly skip: number[];
  readonly fires: boolean;
}

describe.each<Row>([
  {
    name: 'skip 40, own c 10 the only block: 40 + 10 − 10 = 40',
    stakes: [10, 40, 50],
    notarB: [],
    notarC: [],
    skip: [1],
    fires: true,
  },
  {
    name: 'skip 39: 39 + 10 − 10 = 39',
    stakes: [10, 39, 51],
    notarB: [],
    notarC: [],
    skip: [1],
    fires: false,
  },
  {
    name: 'b leads with 50, skip 30: 30 + 60 − 50 = 40',
    stakes: [10, 50, 30, 10],
    notarB: [1],
    notarC: [],
    skip: [2],
    fires: true,
  },
  {
    name: 'b leads with 50, skip 29: 29 + 60 − 50 = 39',
    stakes: [10, 50, 29, 11],
    notarB: [1],
    notarC: [],
    skip: [2],
    fires: false,
  },
  {
    name: 'own c leads with 55, b 25, skip 15: 15 + 80 − 55 = 40',
    stakes: [10, 45, 25, 15, 5],
    notarB: [2],
    notarC: [1],
    skip: [3],
    fires: true,
  },
  {
    name: 'own c leads with 55, b 25, skip 14: 14 + 80 − 55 = 39',
    stakes: [10, 45, 25, 14, 6],
    notarB: [2],
    notarC: [1],
    skip: [3],
    fires: false,
  },
  {
    name: 'no skip at all, b 40 and c 10: 0 + 50 − 40 = 10',
    stakes: [10, 40, 50],
    notarB: [1],
    notarC: [],
    skip: [],
    fires: false,
  },
  {
    name: 'equal stakes, skip 2 of 5',
    stakes: [1, 1, 1, 1, 1],
    notarB: [],
    notarC: [],
    skip: [1, 2],
    fires: true,
  },
  {
    name: 'equal stakes, skip 1 of 5',
    stakes: [1, 1, 1, 1, 1],
    notarB: [],
    notarC: [],
    skip: [1],
    fires: false,
  },
  {
    name: 'equal stakes, b 2, c 1, skip 1: 1 + 3 − 2 = 2',
    stakes: [1, 1, 1, 1, 1],
    notarB: [1, 2],
    notarC: [],
    skip: [3],
    fires: true,
  },
])('SafeToSkip stake condition: $name', (row) => {
  it(row.fires ? 'is raised and answered with SkipFallback' : 'is not raised', () => {
    const s = slotOne(row.stakes);
    castOwnVote(s, 'notarC');
    s.run.votes(row.notarB, OBSERVER, 'notar', 1, s.b);
    s.run.votes(row.notarC, OBSERVER, 'notar', 1, s.c);
    s.run.votes(row.skip, OBSERVER, 'skip', 1);
    expect(s.run.slot(OBSERVER, 1).safeToSkipRaised).toBe(row.fires);
    expect(s.run.castIn(OBSERVER, 1).includes('skipFallback')).toBe(row.fires);
  });
});

describe('SafeToSkip guards', () => {
  it('is never raised for a node whose own vote was Skip', () => {
    const s = slotOne([10, 40, 50]);
    castOwnVote(s, 'skip');
    s.run.vote(1, OBSERVER, 'skip', 1);
    s.run.vote(2, OBSERVER, 'notar', 1, s.b);
    expect(s.run.slot(OBSERVER, 1).safeToSkipRaised).toBe(false);
    expect(s.run.castIn(OBSERVER, 1)).not.toContain('skipFallback');
  });

  it('is not raised before the node votes, and is raised by its own Notar vote (P5)', () => {
    const s = slotOne([10, 40, 50]);
    s.run.vote(1, OBSERVER, 'skip', 1);
    expect(s.run.slot(OBSERVER, 1).safeToSkipRaised).toBe(false);
    castOwnVote(s, 'notarC');
    expect(s.run.castIn(OBSERVER, 1)).toEqual([`notar:${s.c}`, 'skipFallback']);
  });

  it('does not count SkipFallback votes in skip(s) (P4)', () => {
    const s = slotOne([10, 40, 50]);
    castOwnVote(s, 'notarC');
    s.run.votes([1, 2], OBSERVER, 'skipFallback', 1);
    expect(s.run.slot(OBSERVER, 1).safeToSkipRaised).toBe(false);
  });

  it('is raised once per slot: later votes add no second SkipFallback (P18)', () => {
    const s = slotOne([10, 40, 25, 25]);
    castOwnVote(s, 'notarC');
    s.run.vote(1, OBSERVER, 'skip', 1);
    s.run.votes([2, 3], OBSERVER, 'skip', 1);
    expect(s.run.castIn(OBSERVER, 1).filter((v) => v === 'skipFallback')).toHaveLength(1);
  });
});
