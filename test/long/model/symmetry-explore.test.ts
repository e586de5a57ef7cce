import { describe, expect, it } from 'vitest';
import { equalStakes, type TestSetup } from '../../helpers/config.ts';
import { exploreBothWays } from '../../helpers/symmetry.ts';

/** Symmetry reduction on 4-validator spaces (moved from test/model/symmetry.test.ts: seconds each). */
describe('exploring with and without symmetry (4 validators)', () => {
  it('4 correct validators, two slots, depth 6: no violation, about 3! times fewer states', () => {
    const { plain, reduced } = exploreBothWays({ stakes: equalStakes(4), maxSlot: 2 }, { maxDepth: 6 });
    expect(plain.violations).toEqual([]);
    expect(plain.uniqueStates / reduced.uniqueStates).toBeGreaterThan(4);
  });

  it('weak thresholds and an equivocating leader: the same violations at the same depths', () => {
    const setup: TestSetup = {
      stakes: equalStakes(4),
      byzantine: [3],
      leaderOffset: 3,
      fast: 0.75,
      slow: 0.5,
      maxSlot: 1,
      strategy: 'equivocating_leader',
    };
    const { plain, reduced } = exploreBothWays(setup, { maxDepth: 6 });
    expect(plain.violations.map((v) => v.property)).toContain('NotarizationUniqueness');
    expect(plain.uniqueStates / reduced.uniqueStates).toBeGreaterThan(4);
  });
});
