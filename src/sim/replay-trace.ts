import type { Action } from '../model/actions/types.ts';
import { buildModelConfig, type ModelConfig } from '../model/config.ts';
import { describeAction } from '../model/describe.ts';
import { createAlpenglowModel } from '../model/model.ts';
import type { State } from '../model/state.ts';
import type { StateProperty } from './setup.ts';
import { replayActions, type Violation } from './step-engine.ts';
import type { NativeTrace } from './trace.ts';

export interface ReplayStep {
  readonly index: number;
  readonly action: Action;
  readonly text: string;
  /** The state after the action (the state before it is the previous step's, or `initialState`). */
  readonly state: State;
}

export interface ReplayResult {
  readonly steps: ReplayStep[];
  readonly violations: Violation[];
  /** Index of the first action that was not enabled, if any (the trace does not fit this model). */
  readonly rejectedAt: number | null;
  /** Does the recorded violation (property and step) reproduce exactly? null when none was recorded. */
  readonly matchesRecorded: boolean | null;
  readonly finalState: State;
  readonly initialState: State;
  /** The model config the trace ran under (built from its config), for describing its states. */
  readonly cfg: ModelConfig;
}

/** Re-executes a trace step by step under its own config, checking every property after every step. */
export function replayTrace(trace: NativeTrace, properties: readonly StateProperty[]): ReplayResult {
  const cfg = buildModelConfig(trace.config);
  const model = createAlpenglowModel(cfg);
  const invariants = properties.map((p) => ({ name: p.name, check: (s: State) => p.check(cfg, s) }));
  // Every state the replay checks, initial state first: one per action it applied.
  const states: State[] = [];
  const outcome = replayActions(model, invariants, trace.actions, {
    maxSteps: trace.actions.length,
    visit: (state) => {
      states.push(state);
    },
  });
  const initialState = states[0] ?? (model.init()[0] as State);
  // A step the model failed on (ModelAssertion) ends the trace and has no state after it.
  const steps = outcome.actions.map((action, index): ReplayStep => {
    const before = states[index] ?? initialState;
    return { index, action, text: describeAction(before, action), state: states[index + 1] ?? before };
  });
  const finalState = states[states.length - 1] ?? initialState;
  const recorded = trace.violation;
  const matchesRecorded =
    recorded === null
      ? null
      : outcome.violations.some((v) => v.property === recorded.property && v.step === recorded.step);
  return {
    steps,
    violations: outcome.violations,
    rejectedAt: outcome.rejectedAt,
    matchesRecorded,
    finalState,
    initialState,
    cfg,
  };
}
