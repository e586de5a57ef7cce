import { combine53, hash53 } from '../core/hash.ts';
import { fingerprintState } from '../model/fingerprint.ts';
import type { State } from '../model/state.ts';

/**
 * State-space coverage of random runs, measured from fingerprints: distinct states reached and
 * distinct transitions (pairs of consecutive fingerprints). Call `startRun` before each run.
 */
export class Coverage {
  private readonly states = new Set<number>();
  private readonly transitions = new Set<number>();
  private previous: number | null = null;

  startRun(): void {
    this.previous = null;
  }

  visit(state: State): void {
    const print = hash53(fingerprintState(state));
    this.states.add(print);
    if (this.previous !== null) this.transitions.add(combine53(this.previous, print));
    this.previous = print;
  }

  get uniqueStates(): number {
    return this.states.size;
  }

  get uniqueTransitions(): number {
    return this.transitions.size;
  }
}
