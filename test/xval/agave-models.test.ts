import { describe, expect, it } from 'vitest';
import type { ProtocolName } from '../../src/core/config/index.ts';
import type { State } from '../../src/model/state.ts';
import { MC_MODELS } from '../../src/xval/mc-catalog.ts';
import { fromMcHeader } from '../../src/xval/tla-header.ts';
import { allStates } from './helpers.ts';

// The checked-in models under protocol "agave" (src/xval/mc-catalog.ts) must reach other states
// than the same configs under the white paper, or their TLC agreement (tlc-agave.test.ts) would
// not test the agave rules of tla/Alpenglow.tla at all. TS breadth-first counts, no TLC.

const AGAVE = MC_MODELS.filter((m) => m.header.protocol === 'agave');

/**
 * [model, distinct states under agave, under the white paper, agave states where a correct node
 * voted Notar for a version that was not the first it received (none under the paper)]
 */
const EXPECTED: [string, number, number, number][] = [
  // A correct node that receives the FastFinalization certificate first casts Final later, on the
  // Notarization it assembles from the votes (fastFinalizationAlone).
  ['MC_agave_2h_s1', 335, 327, 0],
  // The Byzantine voter's NotarFallback/SkipFallback/Final votes after a conflicting one are refused.
  ['MC_agave_byz_fallback_net2', 1_780, 7_440, 0],
  // Every version of a slot stays pending (allVersionsPending): the versions received are part of
  // the state, and a Notar for a version received after another one is reachable.
  ['MC_agave_byz_equiv_w2s2', 19_976, 10_936, 336],
];

function votedLaterVersion(state: State): boolean {
  return state.castVotes.some((votes, node) =>
    votes.some((v) => v.kind === 'notar' && state.nodes[node]?.slots[v.slot]?.firstBlock !== v.block),
  );
}

describe('agave models exercise the agave rules', () => {
  it('lists exactly the agave models of the catalog', () => {
    expect(AGAVE.map((m) => m.name).sort()).toEqual(EXPECTED.map(([n]) => n).sort());
  });

  it.each(EXPECTED)(
    '%s: %i distinct states under agave, %i under whitepaper',
    (name, agave, paper, later) => {
      const m = AGAVE.find((x) => x.name === name);
      if (!m) throw new Error(`${name} is not in the catalog`);
      const config = fromMcHeader(m.header);
      const states = (protocol: ProtocolName) => allStates({ ...config, protocol }, m.header.netMax);
      const [onAgave, onPaper] = [states('agave'), states('whitepaper')];
      expect([onAgave.length, onPaper.length]).toEqual([agave, paper]);
      expect([onAgave.filter(votedLaterVersion).length, onPaper.filter(votedLaterVersion).length]).toEqual([
        later,
        0,
      ]);
    },
  );
});
