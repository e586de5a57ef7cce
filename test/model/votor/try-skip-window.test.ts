import { describe, expect, it } from 'vitest';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import { trySkipWindow } from '../../../src/model/votor/try.ts';
import { equalStakes } from '../../helpers/config.ts';
import { runAt } from '../../helpers/direct.ts';
import { Run } from '../../helpers/run.ts';
import { OBSERVER, show, window } from '../../helpers/window.ts';

// trySkipWindow (Algorithm 2): for every slot k of the window containing s — earlier and later
// than s — that has no Voted flag, cast Skip(k) and add Voted and BadWindow; clear pending[k] (P7).

describe('trySkipWindow through a timeout', () => {
  it('skips every slot of the window when none is voted', () => {
    const w = window();
    w.run.timeout(OBSERVER, 1);
    expect(w.run.cast(OBSERVER).map((v) => `${v.kind}:${v.slot}`)).toEqual([
      'skip:1',
      'skip:2',
      'skip:3',
      'skip:4',
    ]);
    for (const s of [1, 2, 3, 4]) {
      expect(w.run.slot(OBSERVER, s).voted).toBe(true);
      expect(w.run.slot(OBSERVER, s).badWindow).toBe(true);
    }
    // The next window is untouched.
    expect(w.run.slot(OBSERVER, 5).voted).toBe(false);
  });

  it('leaves voted slots alone and skips only the unvoted ones', () => {
    const w = window();
    show(w, w.b1);
    show(w, w.b2);
    w.run.timeout(OBSERVER, 3);
    expect(w.run.cast(OBSERVER).map((v) => `${v.kind}:${v.slot}`)).toEqual([
      'notar:1',
      'notar:2',
      'skip:3',
      'skip:4',
    ]);
    expect([1, 2].map((s) => w.run.slot(OBSERVER, s).badWindow)).toEqual([false, false]);
  });

  it('clears a parked block of a skipped slot, which is then never voted', () => {
    const w = window();
    show(w, w.b1);
    show(w, w.b3); // parked: the node has no vote for b2 yet
    w.run.timeout(OBSERVER, 2);
    expect(w.run.slot(OBSERVER, 3).pending).toBe(NO_BLOCK);
    show(w, w.b2); // slot 2 is already voted (Skip): dropped, and b3 is not retried
    expect(w.run.castIn(OBSERVER, 3)).toEqual(['skip']);
  });
});

describe('trySkipWindow called for a later slot', () => {
  it.each([
    [4, [1, 2, 3, 4]],
    [2, [1, 2, 3, 4]],
  ])('for slot %i also skips the earlier unvoted slots: %j', (slot, skipped) => {
    const w = window();
    const state = runAt(w.run.cfg, w.run.state, OBSERVER, (ctx) => trySkipWindow(ctx, slot));
    expect(state.castVotes[OBSERVER]?.map((v) => v.slot)).toEqual(skipped);
  });

  it('stops at the run’s last slot when the window is cut short', () => {
    // Windows of 4 up to slot 6: the second window is {5, 6}.
    const run = Run.of({ stakes: equalStakes(5), byzantine: [1, 2, 3, 4], maxSlot: 6 });
    const state = runAt(run.cfg, run.state, OBSERVER, (ctx) => trySkipWindow(ctx, 5));
    expect(state.castVotes[OBSERVER]?.map((v) => v.slot)).toEqual([5, 6]);
  });
});
