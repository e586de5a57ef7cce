import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { crossValidate, tlcAvailability } from '../../src/xval/index.ts';
import { FAST_BELOW_SLOW, TWO_CORRECT } from './helpers.ts';

describe('cross-validation without TLC', () => {
  it('says clearly why TLC is not available', () => {
    expect(tlcAvailability({})).toEqual({
      available: false,
      reason: 'TLC is not available: TLA2TOOLS_JAR is not set',
    });
    expect(tlcAvailability({ TLA2TOOLS_JAR: '/nonexistent/tla2tools.jar' })).toMatchObject({
      available: false,
      reason: expect.stringContaining('/nonexistent/tla2tools.jar does not exist'),
    });
  });

  it('still reports the TS side, with every TLC field null', async () => {
    const r = await crossValidate(TWO_CORRECT, { properties: SAFETY_PROPERTIES, env: {} });
    expect(r).toMatchObject({
      available: false,
      reason: 'TLC is not available: TLA2TOOLS_JAR is not set',
      stateCounts: { ts: 183, tlc: null },
      statesGenerated: { ts: 444, tlc: null },
      complete: { ts: true, tlc: null },
      statesEqual: null,
      consistent: null,
      timing: { tlc: null },
    });
    expect(r.perInvariant.every((v) => v.local === true && v.tla === null)).toBe(true);
    expect(r.details).toContain('TLA2TOOLS_JAR is not set');
  });

  it('stops the TS search at the first violation, as TLC does, leaving other verdicts open', async () => {
    const r = await crossValidate(FAST_BELOW_SLOW, { properties: SAFETY_PROPERTIES, env: {} });
    const verdicts = Object.fromEntries(r.perInvariant.map((v) => [v.name, v.local]));
    expect(verdicts.FinalizedImpliesNotarized).toBe(false);
    expect(r.complete.ts).toBe(false);
    expect(r.perInvariant.filter((v) => v.local === null).length).toBeGreaterThan(0);
  });
});
