import { describe, expect, it } from 'vitest';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import { OBSERVER, show, type Window, window } from '../../helpers/window.ts';

// tryNotar (Algorithm 2): not if already voted in s; in the first slot of a window the parent
// needs ParentReady(parent) in state[s]; in a later slot the node must have voted Notar for the
// parent in s − 1. A block that cannot be voted yet is parked (Algorithm 1, Block handler) and
// retried by checkPending in slot order (P22).

type Pick = (w: Window) => number;

describe.each<{ name: string; setup: (w: Window) => void; block: Pick; votes: boolean }>([
  { name: 'first slot, parent genesis is ParentReady', setup: () => {}, block: (w) => w.b1, votes: true },
  {
    name: 'first slot of window 2 without ParentReady(b4)',
    setup: () => {},
    block: (w) => w.b5,
    votes: false,
  },
  {
    name: 'first slot of window 2 with ParentReady(b4)',
    // Notarization(b4) with no gap to slot 5 makes b4 ready as a parent of window 2.
    setup: (w) => {
      w.run.cert(1, OBSERVER, 'notar', 4, w.b4, [1, 2, 3]);
    },
    block: (w) => w.b5,
    votes: true,
  },
  {
    name: 'first slot of window 2 with another parent ready (b3 via Skip(4))',
    setup: (w) => {
      w.run.cert(1, OBSERVER, 'notar', 3, w.b3, [1, 2, 3]);
      w.run.cert(1, OBSERVER, 'skip', 4, NO_BLOCK, [1, 2, 3]);
    },
    block: (w) => w.b5,
    votes: false,
  },
  {
    name: 'later slot, the node voted Notar for the parent in s − 1',
    setup: (w) => show(w, w.b1),
    block: (w) => w.b2,
    votes: true,
  },
  {
    name: 'later slot, the node voted Notar for a sibling of the parent',
    setup: (w) => show(w, w.c1),
    block: (w) => w.b2,
    votes: false,
  },
  {
    name: 'later slot, the node has not voted in s − 1',
    setup: () => {},
    block: (w) => w.b2,
    votes: false,
  },
  {
    name: 'later slot, the node notarized s − 1 but not this block’s parent (b3 on b2, voted b1 only)',
    setup: (w) => show(w, w.b1),
    block: (w) => w.b3,
    votes: false,
  },
])('tryNotar: $name', ({ setup, block, votes }) => {
  it(votes ? 'casts Notar and records Voted, VotedNotar' : 'parks the block and casts nothing', () => {
    const w = window();
    setup(w);
    const b = block(w);
    const slot = w.run.state.blocks[b]?.slot as number;
    show(w, b);
    const view = w.run.slot(OBSERVER, slot);
    expect(w.run.castIn(OBSERVER, slot)).toEqual(votes ? [`notar:${b}`] : []);
    expect(view.voted).toBe(votes);
    expect(view.votedNotar).toBe(votes ? b : NO_BLOCK);
    expect(view.pending).toBe(votes ? NO_BLOCK : b);
  });
});

describe('tryNotar when the node already voted in the slot', () => {
  it('drops the block: no vote, not parked (P22)', () => {
    const w = window();
    w.run.timeout(OBSERVER, 1);
    show(w, w.b1);
    expect(w.run.castIn(OBSERVER, 1)).toEqual(['skip']);
    expect(w.run.slot(OBSERVER, 1).pending).toBe(NO_BLOCK);
  });
});

describe('checkPending retries parked blocks in slot order', () => {
  it('blocks arriving in reverse order are all voted, in slot order, once b1 arrives', () => {
    const w = window();
    show(w, w.b4);
    show(w, w.b3);
    show(w, w.b2);
    expect(w.run.cast(OBSERVER)).toEqual([]);
    expect([2, 3, 4].map((s) => w.run.slot(OBSERVER, s).pending)).toEqual([w.b2, w.b3, w.b4]);
    show(w, w.b1);
    // Slot order lets the vote in s unlock s + 1 in one pass; any other order would leave some parked.
    expect(w.run.cast(OBSERVER).map((v) => v.block)).toEqual([w.b1, w.b2, w.b3, w.b4]);
    expect([1, 2, 3, 4].map((s) => w.run.slot(OBSERVER, s).pending)).toEqual([
      NO_BLOCK,
      NO_BLOCK,
      NO_BLOCK,
      NO_BLOCK,
    ]);
  });

  it('a parked first-slot block is voted when its ParentReady arrives', () => {
    const w = window();
    show(w, w.b5);
    expect(w.run.slot(OBSERVER, 5).pending).toBe(w.b5);
    w.run.cert(1, OBSERVER, 'notar', 4, w.b4, [1, 2, 3]);
    expect(w.run.castIn(OBSERVER, 5)).toEqual([`notar:${w.b5}`]);
  });

  it('a parked block stays parked while its parent is still unvoted', () => {
    const w = window();
    show(w, w.b3);
    show(w, w.c1); // votes c1 in slot 1, which unlocks nothing
    expect(w.run.slot(OBSERVER, 3).pending).toBe(w.b3);
    expect(w.run.castIn(OBSERVER, 3)).toEqual([]);
  });
});
