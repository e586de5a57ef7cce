import type { Action } from '../../src/model/actions/types.ts';
import { describeAction } from '../../src/model/describe.ts';
import { scheduleFields } from '../../src/sim/schedule-choice.ts';
import { bindModel, type SafetySetup } from '../../src/sim/setup.ts';
import { buildTrace, type NativeTrace } from '../../src/sim/trace.ts';

/**
 * The native trace of a safety counterexample, whichever driver discovered it: the actions replayed
 * once more to explain each in words, with the config pinned to the leader rotation they ran on.
 */
export function safetyTrace(
  setup: SafetySetup,
  seed: number,
  leaderOffset: number,
  actions: readonly Action[],
  property: string,
  message: string,
  foundBy: { driver: string } & Record<string, unknown>,
): NativeTrace {
  const bound = bindModel(setup, leaderOffset);
  let state = bound.model.init()[0]!;
  const explained = actions.map((a) => {
    const text = describeAction(state, a);
    state = bound.model.next(state, a);
    return text;
  });
  return buildTrace({
    config: { ...setup.config, ...scheduleFields(setup.config, leaderOffset), max_rounds: setup.maxSlot },
    seed,
    actions,
    violation: { property, step: actions.length, message },
    explained,
    found_by: foundBy,
  });
}
