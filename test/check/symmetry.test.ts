import { describe, expect, it } from 'vitest';
import { explore } from '../../src/check/explore.ts';
import type { Invariant, Model } from '../../src/core/model-contract.ts';
import { consistent, notAllAborted, twoPhaseModel } from './toy-models.ts';

/** N identical workers counting 0..2; symmetric, so a state is really a multiset of counts. */
function workers(n: number): Model<number[], number> {
  return {
    init: () => [new Array<number>(n).fill(0)],
    actions: (s) => s.flatMap((c, i) => (c < 2 ? [i] : [])),
    next: (s, i) => s.map((c, j) => (j === i ? c + 1 : c)),
    fingerprint: (s) => s.join(','),
    canonical: (s) => [...s].sort((a, b) => a - b),
  };
}

const notAllDone: Invariant<number[]> = {
  name: 'NotAllDone',
  check: (s) => (s.every((c) => c === 2) ? 'all done' : null),
};

describe('symmetry reduction', () => {
  it('explores one state per multiset and keeps the verdict and its depth', () => {
    const plain = explore(workers(4), [notAllDone], {
      maxDepth: 20,
      symmetry: false,
      stopWhenAllViolated: false,
    });
    const reduced = explore(workers(4), [notAllDone], {
      maxDepth: 20,
      symmetry: true,
      stopWhenAllViolated: false,
    });
    expect(plain.uniqueStates).toBe(3 ** 4);
    expect(reduced.uniqueStates).toBe(15); // multisets of size 4 over {0, 1, 2}
    expect(reduced.symmetry).toBe(true);
    expect(reduced.violations.map((v) => [v.property, v.depth])).toEqual(
      plain.violations.map((v) => [v.property, v.depth]),
    );
    expect(reduced.violations[0]?.depth).toBe(8);
  });

  it('TwoPhase: same verdicts and shortest depths with fewer states', () => {
    for (const buggy of [false, true]) {
      const options = { maxDepth: 100, stopWhenAllViolated: false };
      const plain = explore(twoPhaseModel(4, buggy), [consistent, notAllAborted], {
        ...options,
        symmetry: false,
      });
      const reduced = explore(twoPhaseModel(4, buggy), [consistent, notAllAborted], {
        ...options,
        symmetry: true,
      });
      expect(reduced.complete).toBe(plain.complete);
      expect(reduced.violations.map((v) => [v.property, v.depth])).toEqual(
        plain.violations.map((v) => [v.property, v.depth]),
      );
      expect(reduced.uniqueStates).toBeLessThan(plain.uniqueStates / 4);
      expect(reduced.maxDepth).toBe(plain.maxDepth);
    }
  });

  it('returns real traces from the initial state, not traces between representatives', () => {
    const model = twoPhaseModel(3, true);
    const result = explore(model, [consistent], { maxDepth: 100, symmetry: true });
    let state = model.init()[0]!;
    for (const action of result.violations[0]?.path ?? []) state = model.next(state, action);
    expect(consistent.check(state)).not.toBeNull();
  });

  it('ignores symmetry when the model has no canonical form', () => {
    const { canonical: _, ...plain } = workers(3);
    const result = explore(plain, [], { maxDepth: 20, symmetry: true });
    expect(result).toMatchObject({ symmetry: false, uniqueStates: 27 });
  });
});
