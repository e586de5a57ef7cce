import { describe, expect, it } from 'vitest';
import { GENESIS, NO_BLOCK } from '../../src/core/ids.ts';
import { directFinalizations, finalizedBlocks } from '../../src/model/finality.ts';
import { equalStakes } from '../helpers/config.ts';
import { Run } from '../helpers/run.ts';

// Finalization (Def. 14, P13, P14): fast by FastFinalization(s, b); slow by Finalization(s) plus
// the Notarization certificate that names the block; ancestors of a finalized block are finalized.
// Validator 0 is correct; 1..4 are Byzantine and hand it certificates.

function setup(): { run: Run; b1: number; b2: number; b3: number } {
  const run = Run.of({ stakes: equalStakes(5), byzantine: [1, 2, 3, 4], leaderOffset: 1 });
  const b1 = run.byzBlock(1, 1, GENESIS);
  const b2 = run.byzBlock(1, 2, b1);
  const b3 = run.byzBlock(1, 3, b2);
  return { run, b1, b2, b3 };
}

describe('directFinalizations', () => {
  it('nothing but genesis at the start', () => {
    const { run } = setup();
    expect(directFinalizations(run.cfg, run.state, 0)).toEqual([]);
    expect([...finalizedBlocks(run.cfg, run.state, 0)]).toEqual([GENESIS]);
  });

  it('fast: a FastFinalization certificate finalizes its block', () => {
    const { run, b2 } = setup();
    run.cert(1, 0, 'fastFinal', 2, b2, [1, 2, 3, 4]);
    expect(directFinalizations(run.cfg, run.state, 0)).toEqual([
      { node: 0, slot: 2, block: b2, path: 'fast' },
    ]);
  });

  it('slow: a Finalization certificate waits for the Notarization certificate that names the block', () => {
    const { run, b2 } = setup();
    run.cert(1, 0, 'final', 2, NO_BLOCK, [1, 2, 3]);
    expect(directFinalizations(run.cfg, run.state, 0)).toEqual([]);
    run.cert(1, 0, 'notar', 2, b2, [1, 2, 3]);
    expect(directFinalizations(run.cfg, run.state, 0)).toEqual([
      { node: 0, slot: 2, block: b2, path: 'slow' },
    ]);
  });

  it('a NotarFallback certificate does not name the block of a Finalization certificate', () => {
    const { run, b2 } = setup();
    run.cert(1, 0, 'final', 2, NO_BLOCK, [1, 2, 3]);
    run.cert(1, 0, 'notarFallback', 2, b2, [1, 2, 3]);
    expect(directFinalizations(run.cfg, run.state, 0)).toEqual([]);
  });
});

describe('finalizedBlocks', () => {
  it('includes every ancestor of a finalized block, up to genesis', () => {
    const { run, b1, b2, b3 } = setup();
    run.cert(1, 0, 'fastFinal', 3, b3, [1, 2, 3, 4]);
    expect([...finalizedBlocks(run.cfg, run.state, 0)].sort()).toEqual([GENESIS, b1, b2, b3].sort());
  });
});
