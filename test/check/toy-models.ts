import type { Invariant, Model } from '../../src/core/model-contract.ts';

/** A counter from 0 with actions +1 and ×2, capped at `max`: distances are easy to compute by hand. */
export function counterModel(max: number): Model<number, '+1' | '*2'> {
  return {
    init: () => [0],
    actions: (x) => {
      const out: ('+1' | '*2')[] = [];
      if (x + 1 <= max) out.push('+1');
      if (x > 0 && x * 2 <= max) out.push('*2');
      return out;
    },
    next: (x, a) => (a === '+1' ? x + 1 : x * 2),
    fingerprint: (x) => String(x),
  };
}

export function notEqual(name: string, value: number): Invariant<number> {
  return { name, check: (x) => (x === value ? `reached ${value}` : null) };
}

/** Shortest distance from 0 to every value of the counter model, by a plain reference BFS. */
export function counterDistances(max: number): number[] {
  const dist = new Array<number>(max + 1).fill(-1);
  dist[0] = 0;
  const queue = [0];
  for (let i = 0; i < queue.length; i++) {
    const x = queue[i] as number;
    for (const y of [x + 1, x > 0 ? x * 2 : -1]) {
      if (y > 0 && y <= max && dist[y] === -1) {
        dist[y] = (dist[x] as number) + 1;
        queue.push(y);
      }
    }
  }
  return dist;
}

type RmState = 'working' | 'prepared' | 'committed' | 'aborted';

/** Lamport's TwoPhase (TLA+ examples): resource managers, a transaction manager, a message set. */
export interface TwoPhase {
  readonly rm: readonly RmState[];
  readonly tm: 'init' | 'done';
  readonly tmPrepared: readonly boolean[];
  /** Prepared messages per RM, and the TM's Commit / Abort broadcasts. */
  readonly preparedMsg: readonly boolean[];
  readonly commitMsg: boolean;
  readonly abortMsg: boolean;
}

export type TwoPhaseAction =
  | { type: 'tmRcvPrepared' | 'rmPrepare' | 'rmChooseToAbort' | 'rmRcvCommit' | 'rmRcvAbort'; rm: number }
  | { type: 'tmCommit' | 'tmAbort' };

/**
 * `buggy`: the TM commits once any RM is prepared (instead of all), which breaks consistency.
 * With 3 RMs the correct spec has 288 distinct states, TLC's count for the TLA+ original.
 */
export function twoPhaseModel(rms: number, buggy = false): Model<TwoPhase, TwoPhaseAction> {
  const ids = Array.from({ length: rms }, (_, i) => i);
  return {
    init: () => [
      {
        rm: ids.map(() => 'working'),
        tm: 'init',
        tmPrepared: ids.map(() => false),
        preparedMsg: ids.map(() => false),
        commitMsg: false,
        abortMsg: false,
      },
    ],
    actions: (s) => twoPhaseActions(s, ids, buggy),
    next: twoPhaseNext,
    fingerprint: (s) => JSON.stringify(s),
    canonical: (s) => sortRms(s, ids),
  };
}

function twoPhaseActions(s: TwoPhase, ids: number[], buggy: boolean): TwoPhaseAction[] {
  const out: TwoPhaseAction[] = [];
  const prepared = s.tmPrepared.filter(Boolean).length;
  if (s.tm === 'init' && (buggy ? prepared > 0 : prepared === ids.length)) out.push({ type: 'tmCommit' });
  if (s.tm === 'init') out.push({ type: 'tmAbort' });
  for (const rm of ids) {
    if (s.tm === 'init' && s.preparedMsg[rm]) out.push({ type: 'tmRcvPrepared', rm });
    if (s.rm[rm] === 'working') out.push({ type: 'rmPrepare', rm }, { type: 'rmChooseToAbort', rm });
    if (s.commitMsg) out.push({ type: 'rmRcvCommit', rm });
    if (s.abortMsg) out.push({ type: 'rmRcvAbort', rm });
  }
  return out;
}

function twoPhaseNext(s: TwoPhase, a: TwoPhaseAction): TwoPhase {
  const set = <T>(xs: readonly T[], i: number, v: T) => xs.map((x, j) => (j === i ? v : x));
  switch (a.type) {
    case 'tmCommit':
      return { ...s, tm: 'done', commitMsg: true };
    case 'tmAbort':
      return { ...s, tm: 'done', abortMsg: true };
    case 'tmRcvPrepared':
      return { ...s, tmPrepared: set(s.tmPrepared, a.rm, true) };
    case 'rmPrepare':
      return { ...s, rm: set(s.rm, a.rm, 'prepared'), preparedMsg: set(s.preparedMsg, a.rm, true) };
    case 'rmChooseToAbort':
    case 'rmRcvAbort':
      return { ...s, rm: set(s.rm, a.rm, 'aborted') };
    case 'rmRcvCommit':
      return { ...s, rm: set(s.rm, a.rm, 'committed') };
  }
}

/** RMs are interchangeable: sort them by everything the state says about each. */
function sortRms(s: TwoPhase, ids: number[]): TwoPhase {
  const key = (i: number) => `${s.rm[i]}/${s.tmPrepared[i]}/${s.preparedMsg[i]}`;
  const order = ids.slice().sort((i, j) => (key(i) < key(j) ? -1 : key(i) > key(j) ? 1 : 0));
  return {
    ...s,
    rm: order.map((i) => s.rm[i] as RmState),
    tmPrepared: order.map((i) => s.tmPrepared[i] as boolean),
    preparedMsg: order.map((i) => s.preparedMsg[i] as boolean),
  };
}

export const consistent: Invariant<TwoPhase> = {
  name: 'TCConsistent',
  check: (s) =>
    s.rm.includes('committed') && s.rm.includes('aborted') ? 'one RM committed, another aborted' : null,
};

/** Holds in every reachable state of the correct spec, but not once all RMs have decided. */
export const notAllAborted: Invariant<TwoPhase> = {
  name: 'NotAllAborted',
  check: (s) => (s.rm.every((r) => r === 'aborted') ? 'every RM aborted' : null),
};
