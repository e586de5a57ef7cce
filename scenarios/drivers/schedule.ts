import fc from 'fast-check';
import { scheduleCaseArb } from '../../arbitraries/schedule-case.ts';
import { SCHEDULE_PROPERTIES } from '../../properties/schedule/index.ts';
import {
  checkStakeProportional,
  STAKE_PROPORTIONAL,
  type StakeProportionalResult,
} from '../../properties/schedule/stake-proportional.ts';
import {
  type ScheduleAlgorithm,
  type ScheduleCase,
  type ScheduleProperty,
  SOLANA_SCHEDULE,
} from '../../properties/schedule/types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import { rngFromSeed } from '../../src/core/rng.ts';
import { mergeResults } from '../merge.ts';
import { type OutcomeLabel, propertyOutcome } from '../outcome.ts';
import { isSelected, selectProperties } from '../selection.ts';
import type { PropertyOutcome, ScenarioContext, ScenarioResult } from '../types.ts';

/**
 * Family-wise significance level of StakeProportional: the real algorithm fails it once in a
 * million runs. At 0.001 `npm start` failed on a random seed (3.94 SD against 3.76): a chance
 * failure of a verification job once in a thousand is too often; the biased draws the tests plant
 * (an off-by-one search, a draw that ignores stake) still fail at this level.
 */
export const STAKE_PROPORTIONAL_ALPHA = 1e-6;
/** Windows drawn per epoch for StakeProportional (agave's epoch has 108,000; test:long draws those). */
export const WINDOWS_PER_EPOCH = 1_000;

export interface ScheduleRequest {
  readonly ctx: ScenarioContext;
  readonly config: AlpenglowConfig;
  /** Generated cases per property; StakeProportional draws max(10, runs / 2) epochs. */
  readonly runs: number;
  readonly label?: OutcomeLabel;
  /** The algorithm under test: Solana's unless a test hands in a bug. */
  readonly algorithm?: ScheduleAlgorithm;
}

/** The config's own schedule case: its stakes (equal when unset), its window size, epoch 0 or its own. */
export function configCase(config: AlpenglowConfig): ScheduleCase {
  const stakes = Array.from({ length: config.validators }, (_, i) =>
    BigInt(config.stake_distribution?.[String(i)] ?? 1),
  );
  const windowSize = config.leader_window_size;
  return {
    epoch: BigInt(config.leader_schedule_epoch ?? 0),
    stakes,
    windows: Math.max(1, Math.ceil(config.max_rounds / windowSize)),
    windowSize,
  };
}

/**
 * The leader-schedule properties as a driver (random inputs, so `pbt`): each ScheduleProperty on
 * the config's own case, then on `runs` generated cases (fast-check, shrunk on failure);
 * StakeProportional over many epochs of the config's stakes, from an epoch drawn from the seed.
 */
export async function runSchedule(req: ScheduleRequest): Promise<ScenarioResult> {
  const { ctx } = req;
  const algorithm = req.algorithm ?? SOLANA_SCHEDULE;
  const label = req.label ?? null;
  const outcomes: PropertyOutcome[] = [];
  let cases = 0;
  for (const property of selectProperties(ctx.selection, SCHEDULE_PROPERTIES)) {
    if (ctx.shouldStop()) break;
    const started = performance.now();
    const verdict = await checkCases(req, property, algorithm);
    cases += verdict.cases;
    const spent = { states: verdict.cases, ms: performance.now() - started };
    outcomes.push(
      propertyOutcome({
        property: property.name,
        label,
        driver: 'pbt',
        ran: verdict.cases > 0,
        spent,
        discovery: verdict.message === null ? null : spent,
        counterexample:
          verdict.message === null ? null : { message: verdict.message, length: verdict.length, trace: null },
      }),
    );
  }
  let stats: StakeProportionalResult | null = null;
  if (isSelected(ctx.selection, STAKE_PROPORTIONAL) && !ctx.shouldStop()) {
    const started = performance.now();
    stats = stakeProportional(req, algorithm);
    const spent = { states: stats.windows, ms: performance.now() - started };
    outcomes.push(
      propertyOutcome({
        property: STAKE_PROPORTIONAL,
        label,
        driver: 'pbt',
        ran: true,
        spent,
        discovery: stats.violation === null ? null : spent,
        counterexample:
          stats.violation === null ? null : { message: stats.violation, length: stats.windows, trace: null },
      }),
    );
  }
  const base = mergeResults([], {});
  return {
    ...base,
    properties: outcomes,
    statesExplored: cases + (stats?.windows ?? 0),
    runs: cases,
    interrupted: ctx.shouldStop(),
    extra: { leader_schedule: { cases_generated: cases, ...(stats ? statsSummary(stats) : {}) } },
  };
}

interface CaseVerdict {
  readonly cases: number;
  readonly message: string | null;
  readonly length: number;
}

async function checkCases(
  req: ScheduleRequest,
  property: ScheduleProperty,
  algorithm: ScheduleAlgorithm,
): Promise<CaseVerdict> {
  const own = configCase(req.config);
  const ownMessage = property.check(own, algorithm);
  if (ownMessage !== null) return { cases: 1, message: ownMessage, length: own.windows * own.windowSize };
  const details = await fc.check(
    fc.property(scheduleCaseArb(), (c) => property.check(c, algorithm) === null),
    { seed: req.ctx.seed, numRuns: req.runs },
  );
  const cases = 1 + details.numRuns;
  if (!details.failed || details.counterexample === null) return { cases, message: null, length: 0 };
  const [c] = details.counterexample;
  return { cases, message: property.check(c, algorithm), length: c.windows * c.windowSize };
}

function stakeProportional(req: ScheduleRequest, algorithm: ScheduleAlgorithm): StakeProportionalResult {
  const first = BigInt(rngFromSeed(`${req.ctx.seed}/schedule-epochs`).u32());
  const count = Math.max(10, Math.ceil(req.runs / 2));
  return checkStakeProportional({
    stakes: configCase(req.config).stakes,
    epochs: Array.from({ length: count }, (_, i) => first + BigInt(i)),
    windowsPerEpoch: WINDOWS_PER_EPOCH,
    significance: STAKE_PROPORTIONAL_ALPHA,
    algorithm,
  });
}

function statsSummary(s: StakeProportionalResult) {
  return {
    epochs_drawn: s.epochs,
    windows_per_epoch: WINDOWS_PER_EPOCH,
    windows_drawn: s.windows,
    significance: s.significance,
    critical_z: s.critical_z,
    largest_deviation_sd: s.largest_deviation_sd,
    largest_deviation_validator: s.largest_deviation_validator,
    normal_approximation_ok: s.normal_approximation_ok,
    per_validator: s.per_validator,
  };
}
