import { traceFingerprint } from '../../src/cli/fuzz/fingerprint.ts';
import type { Lane, LaneFactory } from '../../src/cli/fuzz/lanes.ts';
import type { RunOutcome } from '../../src/cli/fuzz/run-one.ts';
import type { FuzzSetting } from '../../src/cli/fuzz/setting.ts';
import type { Action } from '../../src/model/actions/types.ts';
import { buildTrace } from '../../src/sim/trace.ts';

const STEPS: readonly Action[] = [
  { type: 'timeout', node: 0, slot: 1 },
  { type: 'timeout', node: 1, slot: 1 },
];

/** A run that found `property` with one of two traces (`variant` 0 or 1), or nothing (variant null). */
export function fakeOutcome(
  seed: number,
  setting: FuzzSetting,
  variant: 0 | 1 | null,
  property = 'NotarizationUniqueness',
): RunOutcome {
  const finds =
    variant === null
      ? []
      : [
          (() => {
            const actions = STEPS.slice(0, variant + 1);
            const trace = buildTrace({
              config: { ...setting.config, seed },
              seed,
              actions,
              violation: { property, step: actions.length, message: 'two blocks notarized' },
            });
            return {
              property,
              fingerprint: traceFingerprint(trace),
              trace,
              length: actions.length,
              discoveryLength: 9,
            };
          })(),
        ];
  return {
    seed,
    setting,
    status: finds.length > 0 ? 'violation' : 'pass',
    finds,
    report: null,
    error: null,
    statesExplored: 10,
    startedAt: new Date().toISOString(),
    durationMs: 1,
  };
}

/**
 * A driver decided by the seed alone, fast: a third of the runs find nothing, the rest one of
 * two traces of one property (so the same find recurs). The real campaign and corpus around it.
 */
export function fakeOutcomeOf(seed: number, setting: FuzzSetting): RunOutcome {
  const variant = seed % 3 === 0 ? null : ((seed % 2) as 0 | 1);
  return fakeOutcome(seed, setting, variant);
}

export const fakeLanes: LaneFactory = (): Lane => ({
  run: async (seed, setting) => fakeOutcomeOf(seed, setting),
  close: async () => {},
});
