import type { PropertySelection } from '../../scenarios/selection.ts';
import type { Mode, ScenarioContext } from '../../scenarios/types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';

/**
 * A ScenarioContext as the CLI builds one, without I/O: fixed budgets (counts, never time),
 * traces remembered by name instead of written.
 */
export function scenarioContext(
  config: AlpenglowConfig,
  opts: {
    seed?: number;
    mode?: Mode | null;
    runs?: number;
    depth?: number;
    maxStates?: number;
    maxInFlight?: number | null;
    selection?: PropertySelection;
    traces?: string[];
  } = {},
): ScenarioContext {
  const traces = opts.traces ?? [];
  return {
    config,
    seed: opts.seed ?? 1,
    mode: opts.mode ?? null,
    runs: opts.runs ?? 5,
    depth: opts.depth ?? 40,
    crossValidate: false,
    exhaustive: {
      symmetry: false,
      maxStates: opts.maxStates ?? 20_000,
      maxInFlight: opts.maxInFlight ?? null,
    },
    ...(opts.selection ? { selection: opts.selection } : {}),
    shouldStop: () => false,
    remainingMs: () => null,
    progress: () => {},
    log: () => {},
    saveTrace: (name) => {
      traces.push(name);
      return `memory:${name}`;
    },
  };
}
