import { GENESIS } from '../../src/core/ids.ts';
import { equalStakes } from './config.ts';
import { Run } from './run.ts';

/**
 * The setting of the Votor tests: five validators of stake 1 (S = 3, F = 4, S − f = 2), windows
 * of 4 slots up to slot 8. Validator 0 is correct (the observer); 1..4 are Byzantine. Validator 1
 * leads window 1..4 and has made a chain b1 ← b2 ← b3 ← b4 on genesis plus a sibling c1 of b1;
 * validator 2 leads window 5..8 and has made b5 on b4.
 */
export const OBSERVER = 0;

export interface Window {
  readonly run: Run;
  readonly b1: number;
  readonly b2: number;
  readonly b3: number;
  readonly b4: number;
  readonly c1: number;
  readonly b5: number;
}

export function window(): Window {
  const run = Run.of({ stakes: equalStakes(5), byzantine: [1, 2, 3, 4], leaderOffset: 1 });
  const b1 = run.byzBlock(1, 1, GENESIS);
  const b2 = run.byzBlock(1, 2, b1);
  const b3 = run.byzBlock(1, 3, b2);
  const b4 = run.byzBlock(1, 4, b3);
  const c1 = run.byzBlock(1, 1, GENESIS);
  const b5 = run.byzBlock(2, 5, b4);
  return { run, b1, b2, b3, b4, c1, b5 };
}

/** Delivers a block to the observer from its Byzantine leader. */
export function show(w: Window, block: number): void {
  const leader = w.run.state.blocks[block]?.proposer as number;
  w.run.sendBlock(leader, OBSERVER, block);
}
