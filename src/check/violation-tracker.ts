import type { Invariant } from '../core/model-contract.ts';
import type { ExploreViolation } from './explore-types.ts';

/** Builds the shortest path to a stored state, for one violated invariant. */
export type PathResolver<S, A> = (index: number, invariant: Invariant<S>) => { path: A[]; depth: number };

/**
 * Checks every new state against the invariants not yet violated and keeps the first (in BFS
 * order, hence shortest) counterexample of each. A violated invariant is no longer checked, and
 * the search goes on, so one failure never hides another property's verdict.
 */
export class ViolationTracker<S, A> {
  private readonly open: Invariant<S>[];
  private readonly found = new Map<string, ExploreViolation<A>>();

  constructor(
    private readonly invariants: readonly Invariant<S>[],
    private readonly resolve: PathResolver<S, A>,
  ) {
    this.open = invariants.slice();
  }

  /** Checks a newly stored state; `index` is its place in the state log. */
  check(state: S, index: number): void {
    for (let i = 0; i < this.open.length; i++) {
      const invariant = this.open[i] as Invariant<S>;
      const message = invariant.check(state);
      if (message === null) continue;
      const { path, depth } = this.resolve(index, invariant);
      this.found.set(invariant.name, { property: invariant.name, depth, path, message });
      this.open.splice(i, 1);
      i--;
    }
  }

  get allViolated(): boolean {
    return this.invariants.length > 0 && this.open.length === 0;
  }

  /** Counterexamples in the order the invariants were given. */
  violations(): ExploreViolation<A>[] {
    return this.invariants.flatMap((inv) => this.found.get(inv.name) ?? []);
  }
}
