import type { ModelConfig } from '../../src/model/config.ts';
import { safetyStride, safetyStrideAtScale } from './timed-safety.ts';

/**
 * Timed inputs a run is expected to apply: every validator's votes and certificates and every
 * block's shreds reach every validator, about 5 deliveries per ordered pair of validators per slot
 * (measured on the happy path: 4.25 at 4 validators × 4 slots, 4.7 at 10 × 8, 4.9 at 40 × 8, 4.96
 * at 80 × 4; 8.3 million per slot at the 1,292 validators of epoch 780). A run that stalls makes
 * more (each standstill re-broadcasts every node's votes): this is the happy path's figure.
 */
export function expectedInputs(cfg: ModelConfig): number {
  return 5 * cfg.validatorCount * cfg.validatorCount * cfg.maxSlot;
}

/**
 * Above this many expected inputs a run is "at scale": its timed trace would pass ~200 MB in
 * memory (a kept input costs ~116 bytes: measured 46 MB for the 397,600 inputs of 100 validators
 * × 8 slots), before a saved trace's JSON. 1.7 million: 100 validators × 32 slots stay below it
 * (1.6 M), 300 validators × 8 slots (3.6 M) and the mainnet set (67 M for 8 slots) are above.
 * Counts, not time or memory measured on the way: the same decision on every machine.
 */
export const AT_SCALE_INPUTS = 1_700_000;

/** The event bound below scale: a run that reaches it is a runaway (a bug), not a result. */
const MIN_EVENTS_PER_RUN = 5_000_000;
/**
 * The event bound as a multiple of the expected inputs: room for a stalled run's standstill
 * re-broadcasts (one of 300 validators × 4 slots that finalized nothing applied 7× its expected
 * inputs by its horizon) without letting a runaway run on for ever.
 */
const EVENTS_PER_EXPECTED_INPUT = 20;

/** How one run is simulated, decided from the counts of its config before it starts. */
export interface RunScale {
  /** In place and without a trace: a violation is reported but not saved as a replayable trace. */
  readonly atScale: boolean;
  readonly expectedInputs: number;
  /** The bound on expected inputs it was judged against (AT_SCALE_INPUTS unless a test lowered it). */
  readonly boundInputs: number;
  /** The simulator's event bound (maxEvents). */
  readonly maxEvents: number;
  /** TimedSafety's stride: check every k-th state (and the last). */
  readonly safetyStride: number;
}

/** `boundInputs` is AT_SCALE_INPUTS; tests lower it to reach the at-scale path on a small config. */
export function runScale(cfg: ModelConfig, boundInputs: number = AT_SCALE_INPUTS): RunScale {
  const expected = expectedInputs(cfg);
  const atScale = expected > boundInputs;
  return {
    atScale,
    expectedInputs: expected,
    boundInputs,
    maxEvents: Math.max(MIN_EVENTS_PER_RUN, EVENTS_PER_EXPECTED_INPUT * expected),
    // Below scale the stride is what it always was (the same checks, the same reports).
    safetyStride: atScale ? Math.max(safetyStride(cfg), safetyStrideAtScale(expected)) : safetyStride(cfg),
  };
}

/**
 * What a violation found at scale says instead of a trace: why there is none, and how to see the
 * run again (the seed: the same command reruns it input for input).
 */
export function noTraceNote(run: number, scale: RunScale): string {
  return (
    `no counterexample trace: run ${run} was at scale (about ${scale.expectedInputs} timed inputs expected, ` +
    `above ${scale.boundInputs}), so it kept no inputs and is not replayable at this size; ` +
    'rerunning with the same seed reproduces the run'
  );
}
