import { describe, expect, it } from 'vitest';
import { explore, exploreAsync } from '../../src/check/explore.ts';
import { Explorer } from '../../src/check/explorer.ts';
import type { Model } from '../../src/core/model-contract.ts';
import {
  consistent,
  counterDistances,
  counterModel,
  notAllAborted,
  notEqual,
  twoPhaseModel,
} from './toy-models.ts';

/** Replays a counterexample with `next` alone and returns the final state. */
function replay<S, A>(model: Model<S, A>, path: readonly A[]): S {
  let state = model.init()[0] as S;
  for (const action of path) {
    expect(model.actions(state)).toContainEqual(action);
    state = model.next(state, action);
  }
  return state;
}

describe('explore: shortest counterexamples', () => {
  it('finds every counter value at its BFS distance, with a replayable path', () => {
    const model = counterModel(64);
    const dist = counterDistances(64);
    for (const target of [1, 10, 37, 63, 64]) {
      const result = explore(model, [notEqual('ne', target)], { maxDepth: 100, symmetry: false });
      const [v] = result.violations;
      expect(v?.depth).toBe(dist[target]);
      expect(v?.path.length).toBe(dist[target]);
      expect(replay(model, v?.path ?? [])).toBe(target);
    }
  });

  it('reports the known 5-step TwoPhase bug when the TM commits too early', () => {
    const model = twoPhaseModel(3, true);
    const result = explore(model, [consistent], { maxDepth: 50, symmetry: false });
    const [v] = result.violations;
    expect(v?.property).toBe('TCConsistent');
    expect(v?.depth).toBe(5);
    expect(consistent.check(replay(model, v?.path ?? []))).not.toBeNull();
  });

  it('flags a violating initial state with an empty path', () => {
    const result = explore(counterModel(4), [notEqual('zero', 0)], { maxDepth: 3, symmetry: false });
    expect(result.violations).toEqual([{ property: 'zero', depth: 0, path: [], message: 'reached 0' }]);
  });
});

describe('explore: bounds and the complete flag', () => {
  it('exhausts the TwoPhase space: 288 states for 3 RMs, as TLC counts', () => {
    const result = explore(twoPhaseModel(3), [consistent], { maxDepth: 100, symmetry: false });
    expect(result).toMatchObject({
      complete: true,
      stopReason: 'exhausted',
      uniqueStates: 288,
      violations: [],
    });
    expect(result.levelSizes.reduce((a, b) => a + b, 0)).toBe(288);
    expect(result.statesExplored).toBe(result.transitions + 1);
  });

  it('is complete exactly when the depth bound reaches the deepest state', () => {
    const deepest = Math.max(...counterDistances(64));
    const at = explore(counterModel(64), [], { maxDepth: deepest, symmetry: false });
    expect(at).toMatchObject({
      complete: true,
      stopReason: 'exhausted',
      uniqueStates: 65,
      maxDepth: deepest,
    });
    const below = explore(counterModel(64), [], { maxDepth: deepest - 1, symmetry: false });
    expect(below).toMatchObject({ complete: false, stopReason: 'depthBound', maxDepth: deepest - 1 });
    expect(below.uniqueStates).toBe(counterDistances(64).filter((d) => d < deepest).length);
  });

  it('checks states at the bound but finds nothing beyond it', () => {
    const result = explore(counterModel(64), [notEqual('ne', 37)], { maxDepth: 2, symmetry: false });
    expect(result.violations).toEqual([]);
    const dist = counterDistances(64);
    expect(result.levelSizes).toEqual([0, 1, 2].map((d) => dist.filter((x) => x === d).length));
  });

  it('keeps only states within the constraint, and calls that space complete', () => {
    const result = explore(counterModel(64), [notEqual('ne', 11)], {
      maxDepth: 100,
      symmetry: false,
      constraint: (x) => x <= 10,
    });
    expect(result).toMatchObject({ complete: true, uniqueStates: 11, violations: [] });
    expect(result.transitions).toBeGreaterThan(result.statesExplored - 1);
  });

  it('stops at maxStates and on shouldStop, and says it is not complete', () => {
    const capped = explore(twoPhaseModel(4), [], { maxDepth: 100, symmetry: false, maxStates: 100 });
    expect(capped).toMatchObject({ complete: false, stopReason: 'maxStates' });
    expect(capped.uniqueStates).toBeGreaterThanOrEqual(100);
    let polls = 0;
    const stopped = explore(twoPhaseModel(4), [], {
      maxDepth: 100,
      symmetry: false,
      shouldStop: () => ++polls > 20,
    });
    expect(stopped).toMatchObject({ complete: false, stopReason: 'stopped' });
    expect(stopped.uniqueStates).toBeLessThan(1568);
  });
});

describe('explore: one violation does not end the search', () => {
  it('gives every invariant its own verdict and shortest path', () => {
    const model = twoPhaseModel(3, true);
    const holds = { name: 'Holds', check: () => null };
    const result = explore(model, [consistent, holds, notAllAborted], { maxDepth: 50, symmetry: false });
    expect(result.complete).toBe(true);
    expect(result.violations.map((v) => [v.property, v.depth])).toEqual([
      ['TCConsistent', 5],
      ['NotAllAborted', 3],
    ]);
  });

  it('stops early once every invariant failed, unless told to go on', () => {
    const model = twoPhaseModel(3, true);
    const early = explore(model, [consistent, notAllAborted], { maxDepth: 50, symmetry: false });
    expect(early).toMatchObject({ complete: false, stopReason: 'allViolated' });
    const full = explore(model, [consistent, notAllAborted], {
      maxDepth: 50,
      symmetry: false,
      stopWhenAllViolated: false,
    });
    expect(full.complete).toBe(true);
    expect(full.violations.map((v) => v.depth)).toEqual([5, 3]);
  });
});

describe('explore: frontier and drivers', () => {
  it('gives the same answer whether levels are kept as objects or rebuilt from the log', () => {
    const model = twoPhaseModel(4, true);
    const options = { maxDepth: 100, symmetry: false, stopWhenAllViolated: false };
    const kept = explore(model, [consistent, notAllAborted], { ...options, frontierBudget: 1e9 });
    for (const frontierBudget of [0, 1, 50]) {
      const rebuilt = explore(model, [consistent, notAllAborted], { ...options, frontierBudget });
      expect(rebuilt.levelSizes).toEqual(kept.levelSizes);
      expect(rebuilt.transitions).toBe(kept.transitions);
      expect(rebuilt.violations).toEqual(kept.violations);
    }
  });

  it('runs in slices and reports progress', async () => {
    const seen: number[] = [];
    const result = await exploreAsync(twoPhaseModel(4), [consistent], {
      maxDepth: 100,
      symmetry: false,
      onProgress: (s) => seen.push(s.uniqueStates),
    });
    expect(result).toMatchObject({ complete: true, uniqueStates: 1568 });
    expect(seen.length).toBeGreaterThanOrEqual(result.maxDepth);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const explorer = new Explorer(twoPhaseModel(3), [], { maxDepth: 100, symmetry: false });
    let slices = 0;
    while (!explorer.step(1)) slices++;
    expect(slices).toBeGreaterThan(100);
    expect(explorer.result().uniqueStates).toBe(288);
  });

  it('measures what it reports', () => {
    const result = explore(twoPhaseModel(4), [], { maxDepth: 100, symmetry: false });
    expect(result.durationMs).toBeGreaterThan(0);
    expect(result.statesPerSecond).toBeGreaterThan(0);
    expect(result.peakHeapBytes).toBeGreaterThan(0);
    expect(result.indexBytes).toBeGreaterThan(0);
  });
});
