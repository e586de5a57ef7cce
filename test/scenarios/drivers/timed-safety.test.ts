import { describe, expect, it } from 'vitest';
import type { SafetyProperty } from '../../../properties/types.ts';
import { runSim } from '../../../scenarios/drivers/sim.ts';
import { safetyStride, TimedSafety } from '../../../scenarios/drivers/timed-safety.ts';
import { buildModelConfig } from '../../../src/model/config.ts';
import type { State } from '../../../src/model/state.ts';
import { scenarioContext } from '../../helpers/scenario-context.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';
import { transient } from '../../helpers/transient-property.ts';

// Safety on every state of a timed run (scenarios/drivers/timed-safety.ts): a violation that
// later inputs cover up is still found, with the trace cut at the first violating state.

describe('TimedSafety', () => {
  const cfg = buildModelConfig(timedConfig({ validators: 4 }));
  // Three distinct states (each step changed something: a state equal to the last is not re-checked).
  const states = [0, 1, 2].map(() => ({ nodes: [], blocks: [], network: [], castVotes: [] })) as State[];
  const flagged = (bad: State): SafetyProperty => ({
    ...transient,
    check: (_c, s) => (s === bad ? 'bad' : null),
  });

  it('finds a violation in a middle state that the final state no longer shows', () => {
    const safety = new TimedSafety(cfg, [flagged(states[1] as State)], 1, () => false);
    for (const [i, s] of states.entries()) safety.onStep(s, i, true);
    safety.finish(states[2] as State, 3);
    expect([...safety.violations()]).toEqual([['Transient', { step: 1, message: 'bad' }]]);
  });

  it('with a stride, checks every k-th state and always the last', () => {
    const middle = new TimedSafety(cfg, [flagged(states[1] as State)], 2, () => false);
    for (const [i, s] of states.entries()) middle.onStep(s, i, true);
    middle.finish(states[2] as State, 3);
    expect(middle.violations().size).toBe(0); // state 1 was not sampled
    const last = new TimedSafety(cfg, [flagged(states[2] as State)], 2, () => false);
    last.finish(states[2] as State, 3);
    expect(last.violations().get('Transient')?.step).toBe(2);
  });

  it('does not check again a state in which the step changed nothing', () => {
    let checks = 0;
    const counting: SafetyProperty = {
      ...transient,
      check: () => {
        checks++;
        return null;
      },
    };
    const safety = new TimedSafety(cfg, [counting], 1, () => false);
    safety.onStep(states[0] as State, 0, true);
    safety.onStep(states[0] as State, 1, false);
    safety.onStep(states[1] as State, 2, true);
    expect(checks).toBe(2);
    // With a stride, a change in a step between two checks still counts.
    const strided = new TimedSafety(cfg, [counting], 2, () => false);
    checks = 0;
    strided.onStep(states[0] as State, 0, true);
    strided.onStep(states[1] as State, 1, true);
    strided.onStep(states[1] as State, 2, false);
    strided.onStep(states[1] as State, 3, false);
    strided.onStep(states[1] as State, 4, false);
    expect(checks).toBe(2);
  });

  it('checks every state of small configs and samples large ones', () => {
    expect(safetyStride(cfg)).toBe(1);
    expect(safetyStride(buildModelConfig(timedConfig({ validators: 100, max_rounds: 32 })))).toBe(13);
  });
});

describe('the timed driver', () => {
  it('reports a transient violation the final state hides, its trace ending at the first violating input', async () => {
    const config = timedConfig({ validators: 4, max_rounds: 4, leader_window_size: 2 });
    const traces = new Map<string, unknown>();
    const ctx = {
      ...scenarioContext(config, { runs: 1, mode: 'sim' }),
      saveTrace: (name: string, trace: unknown) => {
        traces.set(name, trace);
        return name;
      },
    };
    const result = await runSim({ ctx, config, runs: 1, liveness: [], safety: [transient] });
    // A final-state check would pass: by the end every node finalized slot 2 too.
    const { cfg, run } = runTimed(config);
    expect(transient.check(cfg, run.state)).toBeNull();
    const verdict = result.properties.find((p) => p.property === 'Transient');
    expect(verdict?.passed).toBe(false);
    expect(verdict?.counterexampleLength).toBeGreaterThan(0);
    const trace = traces.get('Transient') as { timed: { inputs: unknown[] } };
    expect(trace.timed.inputs.length).toBe(verdict?.counterexampleLength);
    const simulation = (result.extra as { simulation: { safety_checked_every_states: number } }).simulation;
    expect(simulation.safety_checked_every_states).toBe(1);
  });
});
