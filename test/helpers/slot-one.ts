import { GENESIS } from '../../src/core/ids.ts';
import { ids } from './config.ts';
import { Run } from './run.ts';

/**
 * The setting of the fallback-event tests: one correct validator (0, the observer) and Byzantine
 * validators 1.. with the given stakes. Byzantine validator 1 leads the first window and has made
 * two versions of slot 1 on genesis: c, the one it shows the observer, and b, the one the
 * Byzantine validators vote for.
 */
export const OBSERVER = 0;

export interface SlotOne {
  readonly run: Run;
  readonly b: number;
  readonly c: number;
}

/** How the observer casts its initial vote in slot 1. */
export type OwnVote = 'skip' | 'notarC' | 'notarB';

export function slotOne(stakes: readonly number[]): SlotOne {
  const run = Run.of({ stakes, byzantine: ids(1, stakes.length - 1), leaderOffset: 1 });
  const c = run.byzBlock(1, 1, GENESIS);
  const b = run.byzBlock(1, 1, GENESIS);
  return { run, b, c };
}

/** Makes the observer cast its initial vote: Skip by its timeout, Notar by receiving a block. */
export function castOwnVote(s: SlotOne, own: OwnVote): void {
  if (own === 'skip') s.run.timeout(OBSERVER, 1);
  if (own === 'notarC') s.run.sendBlock(1, OBSERVER, s.c);
  if (own === 'notarB') s.run.sendBlock(1, OBSERVER, s.b);
}
