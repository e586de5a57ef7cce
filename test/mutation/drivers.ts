import { runInputArb } from '../../arbitraries/run-input.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { runExhaustive } from '../../scenarios/drivers/exhaustive.ts';
import type { ScenarioResult } from '../../scenarios/types.ts';
import { type AlpenglowConfig, DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/actions/types.ts';
import { type SearchResult, searchSafety } from '../../src/sim/pbt.ts';
import { bindModel, type SafetySetup } from '../../src/sim/setup.ts';
import type { ShrinkBudget } from '../../src/sim/shrink.ts';
import { scenarioContext } from '../helpers/scenario-context.ts';

/**
 * The tool's own scenario drivers, called the way the CLI calls them but with no I/O: a fixed
 * seed, a fixed number of runs or states (never a time budget), traces kept in memory. A mutation
 * test seeds one bug and asks these which properties fail.
 */

/** The white paper's thresholds on a small config: 6 equal validators, 1 Byzantine (16.7%), 3 windows of 2 slots. */
export function whitepaperConfig(overrides: Partial<AlpenglowConfig> = {}): AlpenglowConfig {
  return {
    ...DEFAULT_CONFIG,
    validators: 6,
    byzantine_count: 1,
    offline_count: 0,
    max_rounds: 6,
    leader_window_size: 2,
    exploration_depth: 400,
    fast_path_threshold: 0.8,
    slow_path_threshold: 0.6,
    leader_offset: null,
    seed: 1,
    ...overrides,
  };
}

export interface DriverRun {
  readonly result: ScenarioResult;
  /** Names of the properties the driver reports violated, sorted. */
  readonly violated: string[];
  readonly traces: string[];
}

function verdicts(result: ScenarioResult, traces: string[]): DriverRun {
  const violated = result.properties.filter((p) => p.passed === false).map((p) => p.name);
  return { result, violated: [...new Set(violated)].sort(), traces };
}

export interface PbtRun {
  readonly result: SearchResult;
  /** Names of the properties some run violated, sorted. */
  readonly violated: string[];
  /** The violating prefix of the first run that broke each property (what the driver saves first). */
  readonly traces: ReadonlyMap<string, readonly Action[]>;
}

/**
 * Random schedules with every safety property: src/sim/pbt.ts's search over the arbitrary the
 * pbt scenario driver builds (scenarios/drivers/pbt.ts). With `until`, the search stops once that
 * property is found (a count-based stop, so the run is the same on any machine), which keeps a
 * test that breaks many properties from spending its time shrinking them all.
 */
export async function pbtRun(
  config: AlpenglowConfig,
  opts: { seed: number; runs: number; depth?: number; until?: string; shrinkBudget?: ShrinkBudget },
): Promise<PbtRun> {
  const depth = opts.depth ?? config.exploration_depth;
  const setup: SafetySetup = { config, maxSlot: config.max_rounds, properties: SAFETY_PROPERTIES };
  const traces = new Map<string, readonly Action[]>();
  const result = await searchSafety({
    setup,
    arbitrary: runInputArb({
      validators: config.validators,
      leaderOffset: config.leader_offset,
      preferredLeaders: bindModel(setup, 0).cfg.byzantine,
      maxChoices: depth,
    }),
    seed: opts.seed,
    numRuns: opts.runs,
    maxSteps: depth,
    shouldStop: () => opts.until !== undefined && traces.has(opts.until),
    onDiscovery: (d, actions) => traces.set(d.property, actions),
    // Mutation tests ask whether a bug is found, not how well it shrinks: a token budget by default.
    shrinkBudget: opts.shrinkBudget ?? { ddminTests: 100, searchStates: 0 },
  });
  return { result, violated: [...traces.keys()].sort(), traces };
}

/** Breadth-first search (scenarios/drivers/exhaustive.ts) with every safety property. */
export async function exhaustiveRun(
  config: AlpenglowConfig,
  opts: { depth: number; maxStates: number; maxInFlight?: number | null },
): Promise<DriverRun> {
  const traces: string[] = [];
  const ctx = scenarioContext(config, { runs: 1, ...opts, traces });
  const result = await runExhaustive({ ctx, config, properties: SAFETY_PROPERTIES });
  return verdicts(result, traces);
}
