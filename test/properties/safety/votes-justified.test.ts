import { describe, expect, it } from 'vitest';
import { votesJustified } from '../../../properties/safety/votes-justified.ts';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';
import {
  allCorrectWindow,
  equivocationAtTwentyPercent,
  oneNodeTimesOut,
  withCastVote,
} from '../../helpers/scenarios.ts';

// Algorithms 1–2, Def. 15–18: every vote a correct node casts has a cause in its own state.

describe('VotesJustified', () => {
  it('holds on whole runs: all correct, a node that times out and falls back, 20% equivocation', () => {
    for (const { run } of [allCorrectWindow(), oneNodeTimesOut(), equivocationAtTwentyPercent()]) {
      expect(votesJustified.check(run.cfg, run.state)).toBeNull();
    }
  });

  it('fails for Final(1) cast by a node that never voted Notar in slot 1', () => {
    const { run } = oneNodeTimesOut(); // validator 3 skipped slot 1
    const state = withCastVote(run.state, { kind: 'final', slot: 1, block: NO_BLOCK, voter: 3 });
    expect(votesJustified.check(run.cfg, state)).toBe(
      'validator 3 cast final(1) without its own Notar vote in the slot',
    );
  });

  it('fails for Final(1) before the node holds a Notarization of its block', () => {
    const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
    run.propose(0, 1, GENESIS); // v0 voted Notar(1a), nothing delivered yet
    const state = withCastVote(run.state, { kind: 'final', slot: 1, block: NO_BLOCK, voter: 0 });
    expect(votesJustified.check(run.cfg, state)).toBe(
      'validator 0 cast final(1) without a Notarization of 1a',
    );
  });

  it('fails for a NotarFallback before the node’s own first vote in the slot (P5)', () => {
    const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
    const b1 = run.propose(0, 1, GENESIS);
    const state = withCastVote(run.state, { kind: 'notarFallback', slot: 1, block: b1, voter: 2 });
    expect(votesJustified.check(run.cfg, state)).toBe(
      'validator 2 cast notarFallback(1a) before its own initial vote in the slot',
    );
  });

  it('fails for a NotarFallback its pool does not support (SafeToNotar not met)', () => {
    const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
    const b1 = run.propose(0, 1, GENESIS);
    run.timeout(3, 1); // v3 skipped; its pool holds at most v0's Notar vote: 25% < 40%
    const state = withCastVote(run.state, { kind: 'notarFallback', slot: 1, block: b1, voter: 3 });
    expect(votesJustified.check(run.cfg, state)).toBe(
      'validator 3 cast notarFallback(1a) but its pool does not meet SafeToNotar',
    );
  });

  it('fails for a Skip in a window whose timers were never set and that raised no fallback event', () => {
    const run = Run.of({ stakes: equalStakes(4), windowSize: 2, maxSlot: 4 });
    // Window 2 (slots 3–4) has no ParentReady yet, so no timer: nothing may skip slot 3.
    const state = withCastVote(run.state, { kind: 'skip', slot: 3, block: NO_BLOCK, voter: 1 });
    expect(votesJustified.check(run.cfg, state)).toBe(
      'validator 1 cast skip(3) with no timer set for its window and no fallback event in it',
    );
  });

  it('fails for a Notar vote naming a block of another slot, or not the first block it received', () => {
    const { run, chain } = allCorrectWindow();
    const early = withCastVote(run.state, { kind: 'notar', slot: 2, block: chain[0] as number, voter: 1 });
    expect(votesJustified.check(run.cfg, early)).toBe(
      'validator 1 cast notar(1a) for a block not of that slot',
    );
    const split = equivocationAtTwentyPercent(); // v0 received b first, never c
    const other = withCastVote(split.run.state, { kind: 'notar', slot: 1, block: split.c, voter: 0 });
    expect(votesJustified.check(split.run.cfg, other)).toBe(
      'validator 0 cast notar(1b) for a block that is not the first it received in the slot',
    );
  });
});
