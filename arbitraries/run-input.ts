import fc from 'fast-check';
import type { RunInput } from '../src/sim/run-input.ts';
import { equivocationWeightsArb, weightsArb } from './weights.ts';

export interface RunInputSpace {
  readonly validators: number;
  /**
   * A fixed rotation of the leader schedule (the epoch under the stake-weighted schedule:
   * src/sim/schedule-choice.ts); otherwise every one of `choices` is explored.
   */
  readonly leaderOffset?: number | null;
  /** How many rotations (or epochs) there are to choose from; default one per validator. */
  readonly choices?: number;
  /**
   * Validators worth putting in charge of the first window (the Byzantine ones): half of the
   * generated rotations make one of them the first leader, since attacks need a faulty leader
   * and should not wait for dozens of honest windows.
   */
  readonly preferredLeaders?: readonly number[];
  /** Longest choice list generated (runs go on with choice 0 after it, up to the step bound). */
  readonly maxChoices: number;
}

/**
 * Generated runs. `size: 'max'` matters: fast-check's default size keeps arrays short (about ten
 * elements), and an attack needs dozens of specific deliveries (design.md §9).
 */
export function runInputArb(space: RunInputSpace): fc.Arbitrary<RunInput> {
  const choices = fc.array(fc.nat(), { maxLength: space.maxChoices, size: 'max' });
  const swarm = fc.record({
    leaderOffset: offsetArb(space),
    groups: fc.array(fc.integer({ min: 0, max: 1 }), {
      minLength: space.validators,
      maxLength: space.validators,
    }),
    weights: weightsArb(),
    choices,
  });
  // One run in eight an equivocation attack when a Byzantine validator can lead: one group (every
  // correct validator gets the same version first, the Byzantine votes reach them for the other),
  // see equivocationWeightsArb. Without one, the runs are today's swarm alone.
  const byzantine = space.preferredLeaders ?? [];
  if (byzantine.length === 0) return swarm;
  const equivocation = fc.record({
    // The Byzantine validator leads the first window, so a correct window can follow it.
    leaderOffset: space.leaderOffset == null ? fc.constantFrom(...byzantine) : offsetArb(space),
    groups: fc.integer({ min: 0, max: 1 }).map((g) => Array.from({ length: space.validators }, () => g)),
    weights: equivocationWeightsArb(),
    choices,
  });
  return fc.oneof({ weight: 7, arbitrary: swarm }, { weight: 1, arbitrary: equivocation });
}

/** Round-robin: the first window's leader is validator `offset`, so an offset is a choice of first leader. */
function offsetArb(space: RunInputSpace): fc.Arbitrary<number> {
  if (space.leaderOffset !== undefined && space.leaderOffset !== null) return fc.constant(space.leaderOffset);
  const any = fc.nat({ max: (space.choices ?? space.validators) - 1 });
  const preferred = space.preferredLeaders ?? [];
  return preferred.length === 0 ? any : fc.oneof(any, fc.constantFrom(...preferred));
}
