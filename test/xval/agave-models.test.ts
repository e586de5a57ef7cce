import { describe, expect, it } from 'vitest';
import type { ProtocolName } from '../../src/core/config/index.ts';
import { MC_MODELS } from '../../src/xval/mc-catalog.ts';
import { fromMcHeader } from '../../src/xval/tla-header.ts';
import { allStates } from './helpers.ts';

// The checked-in models under protocol "agave" (src/xval/mc-catalog.ts) must reach other states
// than the same configs under the white paper, or their TLC agreement (tlc-agave.test.ts) would
// not test the agave rules of tla/Alpenglow.tla at all. TS breadth-first counts, no TLC.

const AGAVE = MC_MODELS.filter((m) => m.header.protocol === 'agave');

/** [model, distinct states under agave, under the white paper] */
const EXPECTED: [string, number, number][] = [
  // A correct node that receives the FastFinalization certificate first casts Final later, on the
  // Notarization it assembles from the votes (fastFinalizationAlone).
  ['MC_agave_2h_s1', 335, 327],
  // The Byzantine voter's NotarFallback/SkipFallback/Final votes after a conflicting one are refused.
  ['MC_agave_byz_fallback_net2', 1_780, 7_440],
];

describe('agave models exercise the agave rules', () => {
  it('lists exactly the agave models of the catalog', () => {
    expect(AGAVE.map((m) => m.name).sort()).toEqual(EXPECTED.map(([n]) => n).sort());
  });

  it.each(EXPECTED)('%s: %i distinct states under agave, %i under whitepaper', (name, agave, paper) => {
    const m = AGAVE.find((x) => x.name === name);
    if (!m) throw new Error(`${name} is not in the catalog`);
    const config = fromMcHeader(m.header);
    const count = (protocol: ProtocolName) => allStates({ ...config, protocol }, m.header.netMax).length;
    expect([count('agave'), count('whitepaper')]).toEqual([agave, paper]);
  });
});
