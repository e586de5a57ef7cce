import { describe, expect, it } from 'vitest';
import { OBSERVER, show, type Window, window } from '../../helpers/window.ts';

// tryFinal (Algorithm 2): cast Final(s) when BlockNotarized(b) and VotedNotar(b) are in state[s]
// and BadWindow is not; it is called by tryNotar (P21) and by the BlockNotarized handler.
// Five validators of stake 1: a Notarization needs 3; the observer's own Notar vote is one.

/** Notarizes b of slot 1 at the observer through Notar votes of Byzantine 1, 2, 3. */
function notarizeB1(w: Window): void {
  w.run.votes([1, 2, 3], OBSERVER, 'notar', 1, w.b1);
}

describe.each<{ name: string; steps: (w: Window) => void; final: boolean }>([
  {
    name: 'voted Notar(b1), then b1 is notarized',
    steps: (w) => {
      show(w, w.b1);
      notarizeB1(w);
    },
    final: true,
  },
  {
    name: 'b1 notarized first, the node votes Notar(b1) later (P21)',
    steps: (w) => {
      notarizeB1(w);
      show(w, w.b1);
    },
    final: true,
  },
  {
    name: 'voted Notar(c1), b1 is notarized',
    steps: (w) => {
      show(w, w.c1);
      notarizeB1(w);
    },
    final: false,
  },
  {
    name: 'skipped slot 1 (BadWindow), b1 is notarized',
    steps: (w) => {
      w.run.timeout(OBSERVER, 1);
      notarizeB1(w);
    },
    final: false,
  },
  {
    name: 'voted Notar(b1), fell back with SkipFallback (BadWindow), then b1 is notarized',
    steps: (w) => {
      show(w, w.b1);
      w.run.votes([1, 2], OBSERVER, 'skip', 1); // skip 2 + 1 − 1 = 2 ≥ S − f: SafeToSkip
      w.run.votes([3, 4], OBSERVER, 'notar', 1, w.b1); // with its own vote: 3 = S
      expect(w.run.castIn(OBSERVER, 1)).toContain('skipFallback');
      expect(w.run.certsIn(OBSERVER, 1)).toContain(`notar:${w.b1}`);
    },
    final: false,
  },
  {
    name: 'voted Notar(b1), skipped the rest of the window (P20: BadWindow is per slot)',
    steps: (w) => {
      show(w, w.b1);
      w.run.timeout(OBSERVER, 2);
      notarizeB1(w);
    },
    final: true,
  },
  {
    name: 'voted Notar(b1), only a NotarFallback certificate for b1',
    steps: (w) => {
      show(w, w.b1);
      w.run.votes([1, 2, 3], OBSERVER, 'notarFallback', 1, w.b1);
    },
    final: false,
  },
])('tryFinal: $name', ({ steps, final }) => {
  it(final ? 'casts Final(1) and sets ItsOver' : 'casts no Final and leaves ItsOver unset', () => {
    const w = window();
    steps(w);
    expect(w.run.castIn(OBSERVER, 1).includes('final')).toBe(final);
    expect(w.run.slot(OBSERVER, 1).itsOver).toBe(final);
  });
});

describe('tryFinal casts Final at most once per slot', () => {
  it('a second Notarization certificate path for the same block adds nothing', () => {
    const w = window();
    show(w, w.b1);
    notarizeB1(w);
    w.run.vote(4, OBSERVER, 'notar', 1, w.b1); // reaches F: FastFinalization, same block
    expect(w.run.castIn(OBSERVER, 1).filter((v) => v === 'final')).toHaveLength(1);
  });
});
