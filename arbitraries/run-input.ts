import fc from 'fast-check';
import type { RunInput } from '../src/sim/run-input.ts';
import { weightsArb } from './weights.ts';

export interface RunInputSpace {
  readonly validators: number;
  /** A fixed rotation of the leader schedule; otherwise every rotation is explored. */
  readonly leaderOffset?: number | null;
  /** Longest choice list generated (runs go on with choice 0 after it, up to the step bound). */
  readonly maxChoices: number;
}

/**
 * Generated runs. `size: 'max'` matters: fast-check's default size keeps arrays short (about ten
 * elements), and an attack needs dozens of specific deliveries (design.md §9).
 */
export function runInputArb(space: RunInputSpace): fc.Arbitrary<RunInput> {
  const offset =
    space.leaderOffset === undefined || space.leaderOffset === null
      ? fc.nat({ max: space.validators - 1 })
      : fc.constant(space.leaderOffset);
  return fc.record({
    leaderOffset: offset,
    weights: weightsArb(),
    choices: fc.array(fc.nat(), { maxLength: space.maxChoices, size: 'max' }),
  });
}
