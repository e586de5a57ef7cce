import { describe, expect } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { crossValidate } from '../../src/xval/index.ts';
import { itTlc } from '../helpers/tlc.ts';
import { EQUIV_V0, TWO_CORRECT } from './helpers.ts';

/**
 * The developer suite's TLC cross-validation: one small config of each kind (a space both tools
 * exhaust, and a violation both find). test/xval/tlc.test.ts (in `npm run test:long`) has the big
 * ones: in-window chaining, the 4-validator equivocation with 157,852 states, the weak-threshold
 * 8-step attack and the speed comparison.
 */

describe.sequential('TS explorer vs TLC, small configs', () => {
  itTlc('same distinct states, same state set, same verdicts: 2 correct + 1 offline, maxSlot 1', async () => {
    const r = await crossValidate(TWO_CORRECT, { properties: SAFETY_PROPERTIES });
    expect(r.available).toBe(true);
    expect(r.complete).toEqual({ ts: true, tlc: true });
    expect(r.stateCounts.tlc).toBe(r.stateCounts.ts);
    expect(r.statesGenerated.tlc).toBe(r.statesGenerated.ts);
    expect(r.statesEqual).toBe(true);
    expect(r.firstDifference).toBeUndefined();
    expect(r.perInvariant.every((v) => v.local === true)).toBe(true);
    expect(r.perInvariant.filter((v) => v.tla === false)).toEqual([]);
    expect(r.perInvariant.filter((v) => v.tla === true).length).toBeGreaterThan(0);
    expect(r.tlaOnly.every((v) => v.tla === true)).toBe(true);
    expect(r.consistent).toBe(true);
  });

  itTlc(
    'Lemma 27 at 25% Byzantine stake: both find it violated, each trace holds up in the other tool',
    async () => {
      const lemma27 = SAFETY_PROPERTIES.filter((p) => p.name === 'CertifiedHasCorrectNotar');
      const r = await crossValidate(EQUIV_V0, { properties: lemma27, inFlightBound: 2 });
      expect(r.perInvariant).toEqual([{ name: 'CertifiedHasCorrectNotar', local: false, tla: false }]);
      expect(r.traces.tlcTraceReplays).toBe(true);
      expect(r.traces.tsTraceAcceptedByTlc).toBe(true);
      expect(r.consistent).toBe(true);
    },
  );
});
