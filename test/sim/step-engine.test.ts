import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/core/model-contract.ts';
import { MODEL_ASSERTION, replayActions, runWithChooser } from '../../src/sim/step-engine.ts';
import { counterModel, notEqual } from '../check/toy-models.ts';

/** The counter, with a model bug: stepping from 3 with +1 throws. */
const buggy: Model<number, '+1' | '*2'> = {
  ...counterModel(10),
  next: (x, a) => {
    if (x === 3 && a === '+1') throw new Error('counter out of its invariant');
    return a === '+1' ? x + 1 : x * 2;
  },
};
const firstEnabled = (_s: number, enabled: readonly ('+1' | '*2')[]) => enabled[0];

describe('step engine', () => {
  it('turns a model exception into a ModelAssertion violation whose trace ends with the failing action', () => {
    const run = runWithChooser(buggy, [notEqual('Never9', 9)], firstEnabled, { maxSteps: 20 });
    expect(run.violations).toEqual([
      { property: MODEL_ASSERTION, step: 4, message: 'Error: counter out of its invariant' },
    ]);
    expect(run.actions).toEqual(['+1', '+1', '+1', '+1']);
    // ...and replaying that trace reproduces it.
    const replay = replayActions(buggy, [], run.actions, { maxSteps: 4, stopOn: MODEL_ASSERTION });
    expect(replay.violations.map((v) => v.property)).toEqual([MODEL_ASSERTION]);
  });

  it('polls shouldStop before every step and says the run was stopped', () => {
    let polls = 0;
    const run = runWithChooser(counterModel(100), [], firstEnabled, {
      maxSteps: 50,
      shouldStop: () => ++polls > 5,
    });
    expect(run.actions.length).toBe(5);
    expect(run.stopped).toBe(true);
    const full = runWithChooser(counterModel(100), [], firstEnabled, { maxSteps: 50 });
    expect(full.stopped).toBe(false);
    expect(full.actions.length).toBe(50);
  });

  it('in a replay, an action that is not enabled ends the replay instead of counting as a model bug', () => {
    const model: Model<number, '+1' | '*2'> = {
      ...counterModel(10),
      next: (x, a) => {
        if (a === '*2' && x === 0)
          throw Object.assign(new Error('not enabled'), { name: 'ActionNotEnabled' });
        return a === '+1' ? x + 1 : x * 2;
      },
    };
    const replay = replayActions(model, [], ['*2', '+1'], { maxSteps: 2 });
    expect(replay.rejectedAt).toBe(0);
    expect(replay.violations).toEqual([]);
  });
});

describe('step engine: actions() and next() disagreeing', () => {
  /** Offers *2 from 0 but refuses it: the M3 shape (a send the model offers and then rejects). */
  const inconsistent: Model<number, '+1' | '*2'> = {
    init: () => [0],
    actions: (x) => (x === 0 ? ['*2', '+1'] : ['+1']),
    next: (x, a) => {
      if (a === '*2')
        throw Object.assign(new Error('sender cannot produce it'), { name: 'ActionNotEnabled' });
      return x + 1;
    },
    fingerprint: (x) => String(x),
  };

  it('is a ModelAssertion in a generated run and in the replay of its trace', () => {
    const run = runWithChooser(inconsistent, [], firstEnabled, { maxSteps: 5 });
    expect(run.violations.map((v) => v.property)).toEqual([MODEL_ASSERTION]);
    expect(run.actions).toEqual(['*2']);
    const replay = replayActions(inconsistent, [], run.actions, { maxSteps: 1 });
    expect(replay.rejectedAt).toBeNull();
    expect(replay.violations.map((v) => v.property)).toEqual([MODEL_ASSERTION]);
  });
});
