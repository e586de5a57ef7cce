import { describe, expect, it } from 'vitest';
import { internalConsistency } from '../../properties/safety/internal-consistency.ts';
import { AssertionFailure } from '../../src/core/assert.ts';
import { GENESIS } from '../../src/core/ids.ts';
import { stepOrAnomaly } from '../../src/model/anomaly.ts';
import { stepNode } from '../../src/model/step.ts';
import { equalStakes } from '../helpers/config.ts';
import { Run } from '../helpers/run.ts';

// A failed assertion inside a step becomes a recorded anomaly (a property violation), not a crash.

describe('stepOrAnomaly', () => {
  const run = Run.of({ stakes: equalStakes(4), maxSlot: 2 });

  it('records a failed assertion in the state it was given, and nothing else changes', () => {
    const state = stepOrAnomaly(
      run.state,
      () => 'the test step',
      () => {
        throw new AssertionFailure('boom');
      },
    );
    expect(state.anomaly).toBe('boom (in the test step)');
    expect(state.nodes).toBe(run.state.nodes);
    expect(internalConsistency.check(run.cfg, state)).toBe(
      'the model could not complete a step: boom (in the test step)',
    );
    expect(internalConsistency.check(run.cfg, run.state)).toBeNull();
  });

  it('lets other errors through', () => {
    expect(() =>
      stepOrAnomaly(
        run.state,
        () => 'x',
        () => {
          throw new TypeError('a driver bug');
        },
      ),
    ).toThrow(TypeError);
  });

  it('a stopped model enables nothing, refuses every action, has its own fingerprint and ignores timed inputs', () => {
    const stopped = { ...run.state, anomaly: 'boom' };
    expect(run.model.actions(stopped)).toEqual([]);
    expect(() => run.model.next(stopped, { type: 'propose', node: 0, slot: 1, parent: GENESIS })).toThrow(
      /internal inconsistency/,
    );
    expect(run.model.fingerprint(stopped)).not.toBe(run.model.fingerprint(run.state));
    expect(stepNode(run.cfg, stopped, { type: 'timeout', node: 1, slot: 1 }).state).toBe(stopped);
  });
});
