import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES, safetyPropertyByName } from '../../../properties/safety/index.ts';

describe('SAFETY_PROPERTIES', () => {
  it('lists the ten invariants of reference §7 in order, then Lemmas 31–32 (strong form) and 27, then vote justification and the model’s consistency', () => {
    expect(SAFETY_PROPERTIES.map((p) => p.name)).toEqual([
      'HonestVoteUniqueness',
      'FinalExcludesFallback',
      'FastFinalizationExclusive',
      'NotarizationUniqueness',
      'SlowFinalizationExclusive',
      'FinalizedImpliesNotarized',
      'WindowChain',
      'NoConflictingFinalization',
      'ChainConsistency',
      'CertificateValidity',
      'CertifiedExtendsFinalized',
      'CertifiedHasCorrectNotar',
      'VotesJustified',
      'PendingBlocksRetried',
      'InternalConsistency',
    ]);
  });

  it('every property is a safety property with a reference and a description', () => {
    for (const p of SAFETY_PROPERTIES.slice(0, 12)) expect(p.reference).toMatch(/reference §7\.\d+/);
    // Issue 10's additions cite the paper's algorithms (or, for the model's own check, the design).
    for (const p of SAFETY_PROPERTIES.slice(12))
      expect(p.reference).toMatch(/white paper Algorithm \d|design\.md §\d/);
    for (const p of SAFETY_PROPERTIES) {
      expect(p.kind).toBe('safety');
      expect(p.description.length).toBeGreaterThan(20);
    }
  });

  it('finds a property by name, and nothing for an unknown name', () => {
    expect(safetyPropertyByName('ChainConsistency')?.name).toBe('ChainConsistency');
    expect(safetyPropertyByName('chainconsistency')).toBeUndefined();
  });
});
