import { assert } from '../core/assert.ts';
import type { Invariant, Model } from '../core/model-contract.ts';
import { buildResult } from './explore-result.ts';
import type { ExploreOptions, ExploreResult, ExploreStats, StopReason } from './explore-types.ts';
import { FingerprintSet } from './fingerprint-set.ts';
import { Frontier } from './frontier.ts';
import { hash64 } from './hash64.ts';
import { HeapSampler } from './heap-sampler.ts';
import { replayPath } from './replay.ts';
import { StateLog } from './state-log.ts';
import { ViolationTracker } from './violation-tracker.ts';

const SAMPLE_EVERY = 1024;
const PROGRESS_EVERY = 8192;
/** States held as objects before levels are rebuilt instead (see frontier.ts); ~tens of MB. */
const DEFAULT_FRONTIER_BUDGET = 20_000;

/**
 * Breadth-first explorer over any Model. Every stored state is a 64-bit fingerprint plus a
 * parent/action pair, from which the frontier rebuilds it and a counterexample's shortest path is
 * replayed; states are objects only within the frontier's budget (see frontier.ts). Work is done in `step(budget)` slices so that
 * async callers can yield to the event loop between them.
 */
export class Explorer<S, A> {
  private readonly table = new FingerprintSet();
  private readonly log = new StateLog();
  private readonly frontier: Frontier<S, A>;
  private readonly heap = new HeapSampler();
  private readonly tracker: ViolationTracker<S, A>;
  private readonly hash = new Uint32Array(2);
  private readonly canonical: ((state: S) => S) | null;
  private statesExplored = 0;
  private transitions = 0;
  private expansions = 0;
  private readonly startMs = performance.now();
  private endMs: number | null = null;
  private stopReason: StopReason | null = null;

  constructor(
    private readonly model: Model<S, A>,
    invariants: readonly Invariant<S>[],
    private readonly options: ExploreOptions<S, A>,
  ) {
    assert(Number.isInteger(options.maxDepth) && options.maxDepth >= 0, 'maxDepth must be an integer ≥ 0');
    const canonical = model.canonical;
    this.canonical = options.symmetry && canonical ? (s) => canonical.call(model, s) : null;
    this.frontier = new Frontier(model, this.log, options.frontierBudget ?? DEFAULT_FRONTIER_BUDGET);
    this.tracker = new ViolationTracker(invariants, (index, invariant) => this.resolve(index, invariant));
    this.seed();
  }

  get finished(): boolean {
    return this.stopReason !== null;
  }

  /** Expands (or, at the depth bound, probes) up to `budget` states; true once the search is over. */
  step(budget: number): boolean {
    const { maxDepth, maxStates, shouldStop } = this.options;
    for (let n = 0; n < budget && this.stopReason === null; n++) {
      if (this.frontier.levelDone) this.advanceLevel();
      else if (shouldStop?.()) this.finish('stopped');
      else if (maxStates !== undefined && this.log.size >= maxStates) this.finish('maxStates');
      else if (this.frontier.depth >= maxDepth) this.probe();
      else this.expand();
    }
    return this.stopReason !== null;
  }

  private seed(): void {
    const roots = this.model.init();
    for (let i = 0; i < roots.length; i++) {
      const state = roots[i] as S;
      if (this.options.constraint && !this.options.constraint(state)) continue;
      this.statesExplored++;
      if (!this.isNew(state)) continue;
      const index = this.log.addRoot(i);
      this.frontier.push(state);
      this.tracker.check(state, index);
    }
    if (!this.frontier.advance()) this.finish('exhausted');
    this.afterViolations();
  }

  /** Stores the state's fingerprint; true when it was new. */
  private isNew(state: S): boolean {
    this.fingerprint(state);
    return this.table.add(this.hash[0] as number, this.hash[1] as number);
  }

  private fingerprint(state: S): void {
    const representative = this.canonical ? this.canonical(state) : state;
    hash64(this.model.fingerprint(representative), this.hash);
  }

  private expand(): void {
    const { state, index: parent } = this.frontier.take();
    const actions = this.model.actions(state);
    const { shouldStop, observer } = this.options;
    observer?.expanded(actions);
    for (let j = 0; j < actions.length; j++) {
      // One state of a large config can have 100,000 successors: poll inside the expansion too.
      if ((j & 255) === 255 && shouldStop?.()) {
        this.finish('stopped');
        return;
      }
      const successor = this.model.next(state, actions[j] as A);
      this.transitions++;
      if (this.options.constraint && !this.options.constraint(successor)) {
        observer?.successor(actions[j] as A, false);
        continue;
      }
      this.statesExplored++;
      const isNew = this.isNew(successor);
      observer?.successor(actions[j] as A, isNew);
      if (!isNew) continue;
      const index = this.log.add(parent, j);
      this.frontier.push(successor);
      this.tracker.check(successor, index);
    }
    this.afterViolations();
    this.tick();
  }

  /**
   * At the depth bound: does this state have a successor never seen? One is enough to know the
   * bound cut the space (complete: false). Nothing is stored, so the probe usually ends at once.
   */
  private probe(): void {
    const { state } = this.frontier.take();
    const { shouldStop } = this.options;
    let n = 0;
    for (const action of this.model.actions(state)) {
      if ((++n & 255) === 0 && shouldStop?.()) {
        this.finish('stopped');
        return;
      }
      const successor = this.model.next(state, action);
      if (this.options.constraint && !this.options.constraint(successor)) continue;
      this.fingerprint(successor);
      if (!this.table.has(this.hash[0] as number, this.hash[1] as number)) {
        this.finish('depthBound');
        return;
      }
    }
    this.tick();
  }

  private advanceLevel(): void {
    this.heap.sample();
    if (!this.frontier.advance()) this.finish('exhausted');
    else this.options.onProgress?.(this.stats());
  }

  private afterViolations(): void {
    if (this.tracker.allViolated && this.options.stopWhenAllViolated !== false) this.finish('allViolated');
  }

  private tick(): void {
    this.expansions++;
    if (this.expansions % SAMPLE_EVERY === 0) this.heap.sample();
    if (this.expansions % PROGRESS_EVERY === 0) this.options.onProgress?.(this.stats());
  }

  private finish(reason: StopReason): void {
    if (this.stopReason !== null) return;
    this.stopReason = reason;
    this.heap.sample();
    this.endMs = performance.now();
    this.frontier.clear();
  }

  private resolve(index: number, invariant: Invariant<S>): { path: A[]; depth: number } {
    const replayed = replayPath(this.model, this.log.pathTo(index, this.frontier.deepest));
    // The replayed state is the stored one, so it must fail too (a determinism check).
    assert(invariant.check(replayed.state) !== null, `replayed ${invariant.name} counterexample holds`);
    return { path: replayed.actions, depth: replayed.actions.length };
  }

  stats(): ExploreStats {
    return {
      statesExplored: this.statesExplored,
      uniqueStates: this.log.size,
      transitions: this.transitions,
      depth: this.frontier.deepest,
      queued: this.frontier.queued,
      elapsedMs: (this.endMs ?? performance.now()) - this.startMs,
    };
  }

  result(): ExploreResult<A> {
    assert(this.stopReason !== null, 'result() before the search finished');
    return buildResult({
      stats: this.stats(),
      stopReason: this.stopReason,
      levelSizes: this.frontier.levelSizes(),
      peakHeapBytes: this.heap.peak,
      indexBytes: this.table.bytes + this.log.bytes,
      symmetry: this.canonical !== null,
      violations: this.tracker.violations(),
    });
  }
}
