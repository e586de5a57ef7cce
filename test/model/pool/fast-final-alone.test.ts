import { describe, expect, it } from 'vitest';
import type { ProtocolName } from '../../../src/core/config/index.ts';
import { GENESIS } from '../../../src/core/ids.ts';
import { finalizedBlocks } from '../../../src/model/finality.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// Rule fastFinalizationAlone (src/model/protocol-rules.ts). Today's model (whitepaper) stores
// the Notarization and NotarFallback certificates a received FastFinalization certificate implies
// (Def. 13 remark, P12), raises BlockNotarized and, having voted Notar(b), casts Final. Agave
// stores the FastFinalization certificate alone (votor/src/consensus_pool.rs, insert_certificate):
// no BlockNotarized, no Final vote, the block still finalized.
// Five validators of stake 1 (F = 4, S = 3); 0 correct, 1..4 Byzantine, 1 leads slot 1.

const OBSERVER = 0;

function votedNotarB(protocol: ProtocolName): { run: Run; b: number } {
  const run = Run.of({ stakes: equalStakes(5), byzantine: [1, 2, 3, 4], leaderOffset: 1, protocol });
  const b = run.byzBlock(1, 1, GENESIS);
  run.sendBlock(1, OBSERVER, b);
  expect(run.castIn(OBSERVER, 1)).toEqual([`notar:${b}`]);
  return { run, b };
}

describe('a received FastFinalization certificate alone', () => {
  it('whitepaper: implies Notarization, raises BlockNotarized, and the node casts Final', () => {
    const { run, b } = votedNotarB('whitepaper');
    run.cert(1, OBSERVER, 'fastFinal', 1, b, [0, 1, 2, 3]);
    expect(run.certsIn(OBSERVER, 1)).toEqual([`fastFinal:${b}`, `notar:${b}`, `notarFallback:${b}`]);
    expect(run.slot(OBSERVER, 1).blockNotarized).toEqual([b]);
    expect(run.castIn(OBSERVER, 1)).toEqual([`notar:${b}`, 'final']);
  });

  it('agave: is stored alone, raises no BlockNotarized, casts no Final vote, and still finalizes b', () => {
    const { run, b } = votedNotarB('agave');
    run.cert(1, OBSERVER, 'fastFinal', 1, b, [0, 1, 2, 3]);
    expect(run.certsIn(OBSERVER, 1)).toEqual([`fastFinal:${b}`]);
    expect(run.slot(OBSERVER, 1).blockNotarized).toEqual([]);
    expect(run.castIn(OBSERVER, 1)).toEqual([`notar:${b}`]);
    expect(finalizedBlocks(run.cfg, run.state, OBSERVER).has(b)).toBe(true);
  });

  it('agave: a Notarization the node assembles later from votes raises BlockNotarized and Final', () => {
    const { run, b } = votedNotarB('agave');
    run.cert(1, OBSERVER, 'fastFinal', 1, b, [0, 1, 2, 3]);
    run.votes([1, 2], OBSERVER, 'notar', 1, b); // with its own vote: 3 = S
    expect(run.certsIn(OBSERVER, 1)).toContain(`notar:${b}`);
    expect(run.castIn(OBSERVER, 1)).toEqual([`notar:${b}`, 'final']);
  });

  it.each<ProtocolName>(['whitepaper', 'agave'])(
    '%s: a FastFinalization the node assembles from votes still notarizes b and casts Final',
    (protocol) => {
      const { run, b } = votedNotarB(protocol);
      run.votes([1, 2, 3], OBSERVER, 'notar', 1, b); // 4 = F
      expect(run.certsIn(OBSERVER, 1)).toEqual([`fastFinal:${b}`, `notar:${b}`, `notarFallback:${b}`]);
      expect(run.castIn(OBSERVER, 1)).toEqual([`notar:${b}`, 'final']);
    },
  );

  it('agave: a FastFinalization certificate still makes its block a parent (ParentReady of the next window)', () => {
    const run = Run.of({
      stakes: equalStakes(5),
      byzantine: [1, 2, 3, 4],
      leaderOffset: 1,
      windowSize: 1,
      protocol: 'agave',
    });
    const b = run.byzBlock(1, 1, GENESIS);
    run.cert(1, OBSERVER, 'fastFinal', 1, b, [1, 2, 3, 4]);
    expect(run.slot(OBSERVER, 2).parentReady).toContain(b);
  });
});
