import { describe, expect } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { crossValidate } from '../../src/xval/index.ts';
import { MC_MODELS } from '../../src/xval/mc-catalog.ts';
import { fromMcHeader } from '../../src/xval/tla-header.ts';
import { hasTlaInvariant } from '../../src/xval/verdicts.ts';
import { itTlc } from '../helpers/tlc.ts';

/**
 * TLC and the explorer agree under protocol "agave" (issue 12): the checked-in agave models
 * (tla/MC_agave_*, 335 and 1,780 states) explored by both, with the same distinct and generated
 * counts, the same state set and every safety verdict holding on both sides.
 */

const AGAVE = MC_MODELS.filter((m) => m.header.protocol === 'agave');

describe.sequential('TS explorer vs TLC under protocol agave', () => {
  for (const m of AGAVE) {
    itTlc(`same distinct states, same state set, same verdicts: ${m.name}`, async () => {
      const config = fromMcHeader(m.header);
      expect(config.protocol).toBe('agave');
      const r = await crossValidate(config, {
        properties: SAFETY_PROPERTIES,
        inFlightBound: m.header.netMax ?? null,
      });
      expect(r.available).toBe(true);
      expect(r.complete).toEqual({ ts: true, tlc: true });
      expect(r.stateCounts.tlc).toBe(r.stateCounts.ts);
      expect(r.statesGenerated.tlc).toBe(r.statesGenerated.ts);
      expect(r.statesEqual).toBe(true);
      expect(r.firstDifference).toBeUndefined();
      expect(
        r.perInvariant.every((v) => v.local === true && v.tla === (hasTlaInvariant(v.name) ? true : null)),
      ).toBe(true);
      expect(r.consistent).toBe(true);
    });
  }
});
