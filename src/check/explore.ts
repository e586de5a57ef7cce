import type { Invariant, Model } from '../core/model-contract.ts';
import type { ExploreOptions, ExploreResult } from './explore-types.ts';
import { Explorer } from './explorer.ts';

/** States expanded between polls of the async variant's pause. */
const SLICE = 512;

/** Explores synchronously until the search ends (exhausted, bound, budget or `shouldStop`). */
export function explore<S, A>(
  model: Model<S, A>,
  invariants: readonly Invariant<S>[],
  options: ExploreOptions<S, A>,
): ExploreResult<A> {
  const explorer = new Explorer(model, invariants, options);
  // Each slice makes progress (a state expanded, a level advanced, or the end), so this terminates.
  while (!explorer.step(SLICE)) {}
  return explorer.result();
}

/**
 * Like `explore`, but awaits `pause` between slices so signal handlers and progress output stay
 * responsive on the main thread (e.g. src/sim/pause.ts's makePauser).
 */
export async function exploreAsync<S, A>(
  model: Model<S, A>,
  invariants: readonly Invariant<S>[],
  options: ExploreOptions<S, A>,
  pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
): Promise<ExploreResult<A>> {
  const explorer = new Explorer(model, invariants, options);
  while (!explorer.step(SLICE)) await pause();
  return explorer.result();
}
