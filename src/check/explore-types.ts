/** Options of a breadth-first exploration (Stateright/TLC style). */
export interface ExploreOptions<S, A = unknown> {
  /** Longest path explored, in transitions: states at this depth are checked but not expanded. */
  readonly maxDepth: number;
  /** Stop once this many distinct states are stored (a memory budget). */
  readonly maxStates?: number;
  /**
   * State constraint (TLC's CONSTRAINT, Stateright's `within_boundary`): a state for which it
   * returns false lies outside the explored space — it is not stored, checked or expanded.
   */
  readonly constraint?: (state: S) => boolean;
  /**
   * Deduplicate by the model's `canonical` representative (ignored if the model has none). Sound
   * only when the invariants cannot tell a state from its renamings; the states expanded and the
   * paths reported stay the concrete ones reached, so counterexamples replay from `init`.
   */
  readonly symmetry: boolean;
  /** Polled between expansions and every 256 successors (a deadline, a signal): true ends the search early. */
  readonly shouldStop?: () => boolean;
  /** Called at the end of every level and every few thousand expansions. */
  readonly onProgress?: (stats: ExploreStats) => void;
  /**
   * Most states held as objects in the BFS queue; beyond it levels are rebuilt from their parents
   * (slower by roughly a third, but the heap no longer grows with the level width). Default 20 000.
   */
  readonly frontierBudget?: number;
  /** End the search once every invariant has a counterexample (default true). */
  readonly stopWhenAllViolated?: boolean;
  /** Told of every expansion and successor (per-action coverage, src/sim/action-coverage.ts). */
  readonly observer?: ExpansionObserver<A>;
}

/** What the explorer tells an observer: it must stay cheap, it runs once per successor. */
export interface ExpansionObserver<A> {
  /** The actions of a state about to be expanded (a successor is generated for each). */
  expanded(actions: readonly A[]): void;
  /** One successor generated; `isNew` when it was stored (a state, or symmetry class, not seen before). */
  successor(action: A, isNew: boolean): void;
}

export interface ExploreStats {
  /** Generated states, duplicates included: initial states plus successors within the constraint. */
  readonly statesExplored: number;
  /** Distinct states stored (distinct symmetry classes when symmetry is on). */
  readonly uniqueStates: number;
  /** Transitions taken: successor computations, whether or not the successor was new. */
  readonly transitions: number;
  /** Deepest level holding a stored state. */
  readonly depth: number;
  /** States waiting in the current and the next level. */
  readonly queued: number;
  readonly elapsedMs: number;
}

/** One shortest counterexample: the actions from an initial state to the first violating state. */
export interface ExploreViolation<A> {
  readonly property: string;
  /** Its length; BFS finds no shorter one. */
  readonly depth: number;
  readonly path: A[];
  readonly message: string;
}

export type StopReason =
  /** Every reachable state within the constraint was stored: the verdicts are proofs. */
  | 'exhausted'
  /** States at `maxDepth` have successors never seen: the depth bound cut the space. */
  | 'depthBound'
  | 'maxStates'
  | 'stopped'
  | 'allViolated';

export interface ExploreResult<A> {
  /** True when the bounded space was exhausted (stopReason 'exhausted'). */
  readonly complete: boolean;
  readonly stopReason: StopReason;
  readonly statesExplored: number;
  readonly uniqueStates: number;
  readonly transitions: number;
  readonly maxDepth: number;
  /** Distinct states per depth: levelSizes[d] states first reached after d transitions. */
  readonly levelSizes: number[];
  readonly durationMs: number;
  /** Generated states (statesExplored) per second. */
  readonly statesPerSecond: number;
  readonly uniqueStatesPerSecond: number;
  /** Largest `process.memoryUsage().heapUsed` sampled during the run. */
  readonly peakHeapBytes: number;
  /** Fingerprint table and parent/action log: typed arrays, outside the JS heap. */
  readonly indexBytes: number;
  /** Whether states were deduplicated by a canonical representative. */
  readonly symmetry: boolean;
  /** At most one per invariant, the shortest, in the order the invariants were given. */
  readonly violations: ExploreViolation<A>[];
}
