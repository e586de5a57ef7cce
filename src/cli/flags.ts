import type { FlagSpec } from './args.ts';

export const DEFAULT_RUNS = 1000;

/** `--runs`, with the default of the scenario whose help shows it (liveness runs fewer). */
export function runsFlag(defaultRuns: number): FlagSpec {
  return {
    name: 'runs',
    type: 'int',
    min: 1,
    value: 'N',
    description: `random runs to generate (default ${defaultRuns})`,
  };
}

export const SCENARIO_FLAGS: readonly FlagSpec[] = [
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'JSON config (guide format); defaults apply when omitted',
  },
  {
    name: 'output',
    type: 'string',
    value: 'FILE',
    description: 'where the JSON TestReport goes (default reports/<scenario>.json)',
  },
  {
    name: 'junit',
    type: 'string',
    value: 'FILE',
    description: 'also write JUnit XML for CI: one test case per checked property',
  },
  { name: 'verbose', type: 'boolean', description: 'log discoveries and per-step detail' },
  {
    name: 'timeout',
    type: 'int',
    min: 1,
    value: 'SEC',
    description: 'stop after SEC seconds; exit 124 if nothing was found',
  },
  {
    name: 'depth',
    type: 'int',
    min: 1,
    value: 'N',
    description: 'steps per random run / BFS depth (default: exploration_depth)',
  },
  { name: 'cross-validate', type: 'boolean', description: 'cross-validate with the other engines and TLC' },
  {
    name: 'seed',
    type: 'int',
    value: 'N',
    description: 'seed of the run (default: config seed, else random; always printed)',
  },
  runsFlag(DEFAULT_RUNS),
  { name: 'mode', type: 'string', value: 'pbt|sim|exhaustive', description: 'which driver to use' },
  {
    name: 'properties',
    type: 'string',
    value: 'A,B',
    description: 'check only these properties (names as in the report; see the error for the list)',
  },
  {
    name: 'skip-properties',
    type: 'string',
    value: 'A,B',
    description: 'check every property but these',
  },
  {
    name: 'symmetry',
    type: 'boolean',
    description: 'exhaustive: treat interchangeable validators as one (default true; --symmetry=false)',
  },
  {
    name: 'max-states',
    type: 'int',
    min: 1,
    value: 'N',
    description: 'exhaustive: stop after N distinct states (default 2000000)',
  },
  {
    name: 'max-in-flight',
    type: 'int',
    min: 1,
    value: 'N',
    description: 'exhaustive: state constraint, at most N messages in flight',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
  {
    name: 'external_stateright',
    type: 'boolean',
    description: 'accepted for scripts written for the original guide',
    ignoredWithWarning: 'ignored: there is no external Stateright crate in this TypeScript tool',
  },
];

export const REPLAY_FLAGS: readonly FlagSpec[] = [
  { name: 'verbose', type: 'boolean', description: 'print every step and where each property fails' },
  {
    name: 'state',
    type: 'boolean',
    description: "after each step, what changed in each validator's pool and flags (implies --verbose)",
  },
  {
    name: 'itf',
    type: 'string',
    value: 'FILE',
    description: 'also write the trace as ITF (Informal Trace Format, for Apalache/Quint)',
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'config of a TLC or ITF trace that carries none (JSON, as for scenarios)',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export const DEFAULT_MAX_STATES = 2_000_000;
