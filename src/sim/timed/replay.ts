import { buildModelConfig } from '../../model/config.ts';
import type { TimedObservations } from '../../model/observations.ts';
import type { StateProperty } from '../setup.ts';
import type { Violation } from '../step-engine.ts';
import type { NativeTrace } from '../trace.ts';
import { reexecute, type TimedProperty } from './evaluate.ts';
import { networkLoss } from './loss.ts';
import { livenessTiming } from './timing.ts';

export interface TimedReplayResult {
  readonly violations: Violation[];
  readonly observations: TimedObservations;
  readonly matchesRecorded: boolean | null;
}

/**
 * Re-executes a timed trace's inputs and judges every liveness property on the rebuilt
 * observations and every safety property on the final state.
 */
export function replayTimedTrace(
  trace: NativeTrace,
  safety: readonly StateProperty[],
  liveness: readonly TimedProperty[],
): TimedReplayResult {
  const timed = trace.timed;
  if (!timed) throw new Error('not a timed trace');
  const cfg = buildModelConfig(trace.config);
  const inputs = timed.inputs.map((i) => ({ atMs: i.at_ms, input: i.input }));
  const { state, obs } = reexecute(cfg, timed.params, inputs, timed.end_ms);
  // Lost messages are not inputs (nothing arrived); the config's loss fields give the premises.
  const timing = livenessTiming(cfg, timed.params, timed.plan, timed.end_ms, networkLoss(trace.config));
  const step = inputs.length;
  const violations: Violation[] = [];
  for (const p of liveness) {
    const message = p.check({ cfg, timing, obs });
    if (message) violations.push({ property: p.name, step, message });
  }
  for (const p of safety) {
    const message = p.check(cfg, state);
    if (message) violations.push({ property: p.name, step, message });
  }
  const recorded = trace.violation;
  const matchesRecorded = recorded === null ? null : violations.some((v) => v.property === recorded.property);
  return { violations, observations: obs, matchesRecorded };
}
