import type { NodeId, Slot } from '../../src/core/ids.ts';
import type { TimedObservations } from '../../src/model/observations.ts';

/**
 * When something happened: its time, and the input that did it, which orders the events of one
 * millisecond (hand-built observations may leave it out: then time alone orders them).
 */
export interface Instant {
  readonly atMs: number;
  readonly step?: number;
}

/** Did `a` happen before `b`? */
export function before(a: Instant, b: Instant): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && (a.step ?? 0) < (b.step ?? 0));
}

/**
 * A node's standstill, as its observations show it: from its first standstill input after its
 * last finalization until its next finalization (or the run's end). `fromSlot` is the slot its
 * timeout growth counts windows from. Derived from the standstill inputs and the finalizations
 * alone — not from the timer settings the adaptive properties judge.
 */
export interface StandstillEpisode {
  readonly node: NodeId;
  readonly start: Instant;
  readonly fromSlot: Slot;
  /** The first finalization after the start (null: none before the run ended). */
  readonly end: Instant | null;
}

export function standstillEpisodes(obs: TimedObservations, node: NodeId): StandstillEpisode[] {
  const finals = obs.finalized.filter((f) => f.node === node);
  const episodes: StandstillEpisode[] = [];
  for (const s of obs.standstills) {
    if (s.node !== node) continue;
    const current = episodes.at(-1);
    if (current && (current.end === null || before(s, current.end))) continue; // a repeat
    const ends = finals.filter((f) => before(s, f)).sort((a, b) => (before(a, b) ? -1 : 1));
    episodes.push({ node, start: s, fromSlot: s.fromSlot, end: ends[0] ?? null });
  }
  return episodes;
}

/** The episode `at` falls in (its start included; a finalization ends it before anything after). */
export function episodeAt(episodes: readonly StandstillEpisode[], at: Instant): StandstillEpisode | null {
  return episodes.find((e) => !before(at, e.start) && (e.end === null || before(at, e.end))) ?? null;
}

/** When `node`'s highest finalized slot last rose before `at` (0: never; the clock starts at 0). */
export function lastRiseMs(obs: TimedObservations, node: NodeId, at: Instant): number {
  let highest = 0;
  let riseMs = 0;
  const mine = obs.finalized
    .filter((f) => f.node === node && before(f, at))
    .sort((a, b) => (before(a, b) ? -1 : 1));
  for (const f of mine) {
    if (f.slot <= highest) continue;
    highest = f.slot;
    riseMs = f.atMs;
  }
  return riseMs;
}
