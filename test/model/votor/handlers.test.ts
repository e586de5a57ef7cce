import { describe, expect, it } from 'vitest';
import type { VotorEvent } from '../../../src/model/votor/context.ts';
import { runAt } from '../../helpers/direct.ts';
import { OBSERVER, show, type Window, window } from '../../helpers/window.ts';

// The handlers of Algorithm 1, at one correct node (validator 0 of five with stake 1: S = 3,
// S − f = 2). Events are produced through the model where an action can produce them, and
// handed to the node directly where the model's guards would not let them through.

function handle(w: Window, event: VotorEvent): void {
  w.run.state = runAt(w.run.cfg, w.run.state, OBSERVER, (ctx) => ctx.queue.push(event));
}

describe('Block(s, b): only the first complete block of a slot is an event (notes §3.6, P15)', () => {
  it('a second version of the slot neither replaces the vote nor the parked block', () => {
    const w = window();
    show(w, w.c1);
    show(w, w.b1);
    expect(w.run.slot(OBSERVER, 1).firstBlock).toBe(w.c1);
    expect(w.run.castIn(OBSERVER, 1)).toEqual([`notar:${w.c1}`]);
  });

  it('a second version does not replace a parked first version', () => {
    const w = window();
    const b2Twin = w.run.byzBlock(1, 2, w.c1);
    show(w, b2Twin);
    show(w, w.b2);
    expect(w.run.slot(OBSERVER, 2).pending).toBe(b2Twin);
  });
});

describe('Timeout(s)', () => {
  it('skips the window when the node has not voted in s', () => {
    const w = window();
    w.run.timeout(OBSERVER, 1);
    expect(w.run.cast(OBSERVER).map((v) => v.kind)).toEqual(['skip', 'skip', 'skip', 'skip']);
  });

  it('does nothing when the node already voted in s', () => {
    const w = window();
    show(w, w.b1);
    const before = w.run.state;
    handle(w, { type: 'timeout', slot: 1 });
    expect(w.run.state.castVotes).toEqual(before.castVotes);
    expect(w.run.slot(OBSERVER, 2).voted).toBe(false);
  });

  it('is not an enabled action before the window’s ParentReady or in a voted slot', () => {
    const w = window();
    expect(w.run.accepts({ type: 'timeout', node: OBSERVER, slot: 5 })).toBe(false);
    show(w, w.b1);
    expect(w.run.accepts({ type: 'timeout', node: OBSERVER, slot: 1 })).toBe(false);
    expect(w.run.accepts({ type: 'timeout', node: OBSERVER, slot: 2 })).toBe(true);
  });
});

describe('BlockNotarized(s, b)', () => {
  it('adds BlockNotarized(b) to state[s] when the Notarization certificate arrives', () => {
    const w = window();
    w.run.cert(1, OBSERVER, 'notar', 1, w.b1, [1, 2, 3]);
    expect(w.run.slot(OBSERVER, 1).blockNotarized).toEqual([w.b1]);
  });

  it('adds the flag even for a block the node did not vote for, without a Final vote', () => {
    const w = window();
    show(w, w.c1);
    w.run.cert(1, OBSERVER, 'notar', 1, w.b1, [1, 2, 3]);
    expect(w.run.slot(OBSERVER, 1).blockNotarized).toEqual([w.b1]);
    expect(w.run.castIn(OBSERVER, 1)).toEqual([`notar:${w.c1}`]);
  });
});

describe('ParentReady(s, b)', () => {
  it('adds ParentReady(b) and retries parked blocks', () => {
    const w = window();
    show(w, w.b5);
    handle(w, { type: 'parentReady', slot: 5, block: w.b4 });
    expect(w.run.slot(OBSERVER, 5).parentReady).toEqual([w.b4]);
    expect(w.run.castIn(OBSERVER, 5)).toEqual([`notar:${w.b5}`]);
    expect(w.run.slot(OBSERVER, 5).timeoutsSet).toBe(true);
  });
});

describe('SafeToNotar(s, b): trySkipWindow(s), then NotarFallback(b) unless ItsOver', () => {
  it('after a Notar vote in s: skips the window’s other slots, then votes NotarFallback', () => {
    const w = window();
    show(w, w.c1);
    w.run.votes([1, 2], OBSERVER, 'notar', 1, w.b1); // notar(b1) = 2 ≥ S − f
    expect(w.run.cast(OBSERVER).map((v) => `${v.kind}:${v.slot}`)).toEqual([
      'notar:1',
      'skip:2',
      'skip:3',
      'skip:4',
      'notarFallback:1',
    ]);
    expect(w.run.slot(OBSERVER, 1).badWindow).toBe(true);
  });

  it('after Final (ItsOver): skips the window but casts no NotarFallback (Lemma 22)', () => {
    const w = window();
    show(w, w.b1);
    w.run.votes([1, 2], OBSERVER, 'notar', 1, w.b1); // with its own vote: Notarization, Final
    expect(w.run.castIn(OBSERVER, 1)).toEqual([`notar:${w.b1}`, 'final']);
    w.run.votes([3, 4], OBSERVER, 'notar', 1, w.c1); // notar(c1) = 2 ≥ S − f: SafeToNotar(c1)
    expect(w.run.slot(OBSERVER, 1).safeToNotarRaised).toEqual([w.c1]);
    expect(w.run.castIn(OBSERVER, 1)).toEqual([`notar:${w.b1}`, 'final']);
    expect(w.run.slot(OBSERVER, 1).badWindow).toBe(false);
    expect([2, 3, 4].map((s) => w.run.castIn(OBSERVER, s))).toEqual([['skip'], ['skip'], ['skip']]);
  });
});

describe('SafeToSkip(s): trySkipWindow(s), then SkipFallback unless ItsOver', () => {
  it('after a Notar vote in s: skips the window’s other slots, then votes SkipFallback', () => {
    const w = window();
    show(w, w.b1);
    w.run.votes([1, 2], OBSERVER, 'skip', 1); // 2 + 1 − 1 = 2 ≥ S − f
    expect(w.run.cast(OBSERVER).map((v) => `${v.kind}:${v.slot}`)).toEqual([
      'notar:1',
      'skip:2',
      'skip:3',
      'skip:4',
      'skipFallback:1',
    ]);
    expect(w.run.slot(OBSERVER, 1).badWindow).toBe(true);
  });

  it('after Final (ItsOver): skips the window but casts no SkipFallback (Lemma 22)', () => {
    const w = window();
    show(w, w.b1);
    w.run.votes([1, 2], OBSERVER, 'notar', 1, w.b1);
    w.run.votes([3, 4], OBSERVER, 'skip', 1); // 2 + 3 − 3 = 2 ≥ S − f: SafeToSkip
    expect(w.run.slot(OBSERVER, 1).safeToSkipRaised).toBe(true);
    expect(w.run.castIn(OBSERVER, 1)).toEqual([`notar:${w.b1}`, 'final']);
    expect([2, 3, 4].map((s) => w.run.castIn(OBSERVER, s))).toEqual([['skip'], ['skip'], ['skip']]);
  });

  it('a handler for an already-voted window casts only the fallback vote', () => {
    const w = window();
    w.run.timeout(OBSERVER, 1);
    handle(w, { type: 'safeToSkip', slot: 1 });
    expect(w.run.cast(OBSERVER).map((v) => `${v.kind}:${v.slot}`)).toEqual([
      'skip:1',
      'skip:2',
      'skip:3',
      'skip:4',
      'skipFallback:1',
    ]);
    expect(w.run.slot(OBSERVER, 1).badWindow).toBe(true);
  });
});
