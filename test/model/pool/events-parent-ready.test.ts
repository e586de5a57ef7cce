import { describe, expect, it } from 'vitest';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import type { CertKind } from '../../../src/model/messages.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// ParentReady(s, b) (Def. 15, reference §3): s is the first slot of a window, the pool holds a
// Notarization or NotarFallback certificate for b of an earlier slot, and a Skip certificate for
// every slot strictly between slot(b) and s. Genesis counts as certified. Several parents may be
// ready for one window; only the first ParentReady sets the window's timeouts (Def. 17, P10).
//
// Windows of 2 slots: {1,2}, {3,4}, {5,6}. Validator 0 is correct; 1..4 (Byzantine, 80%) hand it
// whatever certificates a row needs.

const OBSERVER = 0;
const SIGNERS = [1, 2, 3, 4];

interface Chain {
  readonly run: Run;
  /** b1 ← b2 ← b3 ← b4, one block per slot 1..4, on genesis. */
  readonly block: Record<string, number>;
}

function chain(): Chain {
  const run = Run.of({
    stakes: equalStakes(5),
    byzantine: SIGNERS,
    leaderOffset: 1,
    windowSize: 2,
    maxSlot: 6,
  });
  const b1 = run.byzBlock(1, 1, GENESIS);
  const b2 = run.byzBlock(1, 2, b1);
  const b3 = run.byzBlock(2, 3, b2);
  const b4 = run.byzBlock(2, 4, b3);
  return { run, block: { G: GENESIS, b1, b2, b3, b4 } };
}

/** A certificate handed to the observer: [kind, slot, block name or '-' for slot-only]. */
type Step = readonly [CertKind, number, string];

function give(c: Chain, steps: readonly Step[]): void {
  for (const [kind, slot, name] of steps) {
    const block = name === '-' ? NO_BLOCK : (c.block[name] as number);
    c.run.cert(1, OBSERVER, kind, slot, block, SIGNERS);
  }
}

function readyParents(c: Chain, slot: number): string[] {
  const names = Object.entries(c.block);
  return c.run
    .slot(OBSERVER, slot)
    .parentReady.map((id) => names.find(([, b]) => b === id)?.[0] ?? `#${id}`)
    .sort();
}

describe.each<{ name: string; steps: Step[]; ready3: string[]; ready5: string[] }>([
  { name: 'nothing certified', steps: [], ready3: [], ready5: [] },
  {
    name: 'NotarFallback(b1), slot 2 not skipped',
    steps: [['notarFallback', 1, 'b1']],
    ready3: [],
    ready5: [],
  },
  {
    name: 'NotarFallback(b1) and Skip(2)',
    steps: [
      ['notarFallback', 1, 'b1'],
      ['skip', 2, '-'],
    ],
    ready3: ['b1'],
    ready5: [],
  },
  {
    name: 'Skip(2) first, then NotarFallback(b1)',
    steps: [
      ['skip', 2, '-'],
      ['notarFallback', 1, 'b1'],
    ],
    ready3: ['b1'],
    ready5: [],
  },
  { name: 'Notarization(b2), no gap', steps: [['notar', 2, 'b2']], ready3: ['b2'], ready5: [] },
  {
    name: 'FastFinalization(b2), no gap',
    steps: [['fastFinal', 2, 'b2']],
    ready3: ['b2'],
    ready5: [],
  },
  {
    name: 'Skip(1) and Skip(2): genesis',
    steps: [
      ['skip', 1, '-'],
      ['skip', 2, '-'],
    ],
    ready3: ['G'],
    ready5: [],
  },
  { name: 'Skip(2) only: genesis still has a gap at 1', steps: [['skip', 2, '-']], ready3: [], ready5: [] },
  {
    name: 'several parents at once',
    steps: [
      ['skip', 1, '-'],
      ['skip', 2, '-'],
      ['notar', 1, 'b1'],
      ['notarFallback', 2, 'b2'],
    ],
    ready3: ['G', 'b1', 'b2'],
    ready5: [],
  },
  {
    name: 'bridging a whole window: NotarFallback(b1), Skip(2), Skip(3), Skip(4)',
    steps: [
      ['notarFallback', 1, 'b1'],
      ['skip', 2, '-'],
      ['skip', 3, '-'],
      ['skip', 4, '-'],
    ],
    ready3: ['b1'],
    ready5: ['b1'],
  },
  {
    name: 'the same bridge built in reverse order',
    steps: [
      ['skip', 4, '-'],
      ['skip', 3, '-'],
      ['skip', 2, '-'],
      ['notarFallback', 1, 'b1'],
    ],
    ready3: ['b1'],
    ready5: ['b1'],
  },
  {
    name: 'a bridge with a hole at 3',
    steps: [
      ['notarFallback', 1, 'b1'],
      ['skip', 2, '-'],
      ['skip', 4, '-'],
    ],
    ready3: ['b1'],
    ready5: [],
  },
  {
    name: 'a block in a first slot is a parent for the next window',
    steps: [
      ['notar', 3, 'b3'],
      ['skip', 4, '-'],
    ],
    ready3: [],
    ready5: ['b3'],
  },
  { name: 'Finalization certificates are not parents', steps: [['final', 2, '-']], ready3: [], ready5: [] },
])('ParentReady: $name', ({ steps, ready3, ready5 }) => {
  it(`window 3: ${JSON.stringify(ready3)}, window 5: ${JSON.stringify(ready5)}`, () => {
    const c = chain();
    give(c, steps);
    expect(readyParents(c, 3)).toEqual(ready3);
    expect(readyParents(c, 5)).toEqual(ready5);
  });

  it('never for a slot that does not start a window', () => {
    const c = chain();
    give(c, steps);
    for (const slot of [2, 4, 6]) expect(c.run.slot(OBSERVER, slot).parentReady).toEqual([]);
  });
});

describe('ParentReady from certificates the pool builds itself', () => {
  it('Notar votes and Skip votes work like received certificates', () => {
    const c = chain();
    c.run.votes([1, 2, 3], OBSERVER, 'notar', 1, c.block.b1 as number);
    expect(readyParents(c, 3)).toEqual([]);
    c.run.votes([1, 2, 3], OBSERVER, 'skip', 2);
    expect(readyParents(c, 3)).toEqual(['b1']);
  });
});

describe('ParentReady for genesis and the window timers', () => {
  it('every correct node starts with ParentReady(1, genesis) and timers for window 1', () => {
    const c = chain();
    expect(c.run.slot(OBSERVER, 1).parentReady).toEqual([GENESIS]);
    expect(c.run.slot(OBSERVER, 1).timeoutsSet).toBe(true);
    expect(c.run.slot(OBSERVER, 3).timeoutsSet).toBe(false);
  });

  it('the first ParentReady of a window sets its timers; a later one only adds its parent', () => {
    const c = chain();
    expect(c.run.accepts({ type: 'timeout', node: OBSERVER, slot: 3 })).toBe(false);
    give(c, [['notar', 2, 'b2']]);
    const afterFirst = c.run.slot(OBSERVER, 3);
    expect(afterFirst.timeoutsSet).toBe(true);
    expect(c.run.accepts({ type: 'timeout', node: OBSERVER, slot: 3 })).toBe(true);
    give(c, [
      ['skip', 1, '-'],
      ['skip', 2, '-'],
    ]);
    const afterSecond = c.run.slot(OBSERVER, 3);
    expect(readyParents(c, 3)).toEqual(['G', 'b2']);
    // Untimed, "setting the timers again" would show as any other change to the slot's state.
    expect({ ...afterSecond, parentReady: [] }).toEqual({ ...afterFirst, parentReady: [] });
  });
});
