import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../scenarios/merge.ts';
import type { ScenarioResult } from '../../scenarios/types.ts';

function part(uniqueStates: number | null, transitions: number | null): ScenarioResult {
  return {
    properties: [],
    statesExplored: 24,
    uniqueStates,
    transitions,
    stateSpaceCoverage: null,
    byzantineEvents: 0,
    networkEvents: 0,
    runs: 2,
    interrupted: false,
  };
}

describe('mergeResults: counts a driver does not measure (README: metrics are never invented)', () => {
  it('keeps distinct states and transitions null when no part measured them (a timed run alone)', () => {
    const merged = mergeResults([part(null, null)], {});
    expect(merged.uniqueStates).toBeNull();
    expect(merged.transitions).toBeNull();
    expect(merged.statesExplored).toBe(24);
  });

  it('adds up the parts that measured them', () => {
    const merged = mergeResults([part(10, 30), part(null, null), part(5, 7)], {});
    expect(merged.uniqueStates).toBe(15);
    expect(merged.transitions).toBe(37);
  });
});
