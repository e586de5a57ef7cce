import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import type { State } from '../../src/model/state.ts';
import { replayTrace } from '../../src/sim/replay-trace.ts';
import { STORY, storyTrace } from '../cli/replay-traces.ts';

describe('replayTrace', () => {
  it('gives each step the state after its action, so replay --state can diff consecutive states', () => {
    const result = replayTrace(storyTrace(), SAFETY_PROPERTIES);
    const model = createAlpenglowModel(buildModelConfig(storyTrace().config));
    let state = model.init()[0] as State;
    expect(result.initialState).toEqual(state);
    expect(result.steps).toHaveLength(STORY.length);
    for (const [i, step] of result.steps.entries()) {
      state = model.next(state, STORY[i] as never);
      expect(step.state, `step ${i + 1}`).toEqual(state);
    }
    expect(result.finalState).toBe(result.steps[STORY.length - 1]?.state);
    expect(result.steps[2]?.text).toBe('Byzantine v4 sends block 1a to v3');
    expect(result.violations.map((v) => [v.property, v.step])).toEqual([
      ['WindowChain', 6],
      ['NotarizationUniqueness', 8],
    ]);
    expect(result.matchesRecorded).toBe(true);
  });

  it('stops at an action the model does not enable, with the steps before it', () => {
    const result = replayTrace(
      storyTrace({ actions: [...STORY.slice(0, 2), STORY[7] as never], violation: null }),
      SAFETY_PROPERTIES,
    );
    expect(result.rejectedAt).toBe(2);
    expect(result.steps).toHaveLength(2);
    expect(result.finalState).toBe(result.steps[1]?.state);
  });
});
