import type { Action } from '../model/actions/types.ts';
import { buildModelConfig } from '../model/config.ts';
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
}

export interface ReplayResult {
  readonly steps: ReplayStep[];
  readonly violations: Violation[];
  /** Index of the first action that was not enabled, if any (the trace does not fit this model). */
  readonly rejectedAt: number | null;
  /** Does the recorded violation (property and step) reproduce exactly? null when none was recorded. */
  readonly matchesRecorded: boolean | null;
  readonly finalState: State;
}

/** Re-executes a trace step by step under its own config, checking every property after every step. */
export function replayTrace(trace: NativeTrace, properties: readonly StateProperty[]): ReplayResult {
  const cfg = buildModelConfig(trace.config);
  const model = createAlpenglowModel(cfg);
  const invariants = properties.map((p) => ({ name: p.name, check: (s: State) => p.check(cfg, s) }));
  const steps: ReplayStep[] = [];
  let finalState = model.init()[0] as State;
  const outcome = replayActions(model, invariants, trace.actions, {
    maxSteps: trace.actions.length,
    visit: (state) => {
      finalState = state;
    },
  });
  let state = model.init()[0] as State;
  for (const [index, action] of outcome.actions.entries()) {
    steps.push({ index, action, text: describeAction(state, action) });
    state = model.next(state, action);
  }
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
  };
}
