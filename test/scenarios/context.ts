import type { Mode, ScenarioContext } from '../../scenarios/types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';

/** A scenario context the way the CLI builds one, with no I/O: fixed seed and counts, traces in memory. */
export function scenarioContext(
  config: AlpenglowConfig,
  opts: { runs: number; depth: number; mode?: Mode | null; maxStates?: number },
): ScenarioContext {
  return {
    config,
    seed: 20261124,
    mode: opts.mode ?? null,
    runs: opts.runs,
    depth: opts.depth,
    crossValidate: false,
    exhaustive: { symmetry: true, maxStates: opts.maxStates ?? 1000, maxInFlight: null },
    shouldStop: () => false,
    remainingMs: () => null,
    progress: () => {},
    log: () => {},
    saveTrace: (name) => `memory:${name}`,
  };
}
