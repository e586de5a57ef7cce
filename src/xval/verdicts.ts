import type { ExploreResult } from '../check/explore-types.ts';
import type { Action } from '../model/actions/types.ts';
import type { TlcRun } from './tlc-run.ts';

/** One invariant's verdict on each side: true holds, false violated, null not established. */
export interface InvariantVerdict {
  readonly name: string;
  /** The TS explorer's verdict (null when it stopped at another invariant's violation first). */
  readonly local: boolean | null;
  /** TLC's verdict on the TLA+ spec (null when TLC did not run or stopped first). */
  readonly tla: boolean | null;
}

/** Invariants of tla/Alpenglow.tla that have no TS property: representation and horizon checks. */
export const TLA_ONLY_INVARIANTS = ['TypeOK', 'NoDeadlockAtHorizon'] as const;

/**
 * TS properties tla/Alpenglow.tla has no invariant for (tla/README.md says why): TLC is not asked
 * about them and their TLC verdict stays null, so the TS explorer's verdict stands alone.
 */
export const TS_ONLY_PROPERTIES: readonly string[] = ['InternalConsistency'];

export function hasTlaInvariant(property: string): boolean {
  return !TS_ONLY_PROPERTIES.includes(property);
}

/** The explorer's verdicts: a violation is final; "holds" needs the whole space explored. */
export function tsVerdict(result: ExploreResult<Action>, name: string): boolean | null {
  if (result.violations.some((v) => v.property === name)) return false;
  return result.complete ? true : null;
}

/**
 * TLC's verdicts: it stops at the first violated invariant, so the others are known only when
 * the search completed without error. `violated` is the spec name (Bounded prefix removed).
 */
export function tlcVerdict(run: TlcRun | null, violated: string | null, name: string): boolean | null {
  if (run === null || run.timedOut || !hasTlaInvariant(name)) return null;
  if (run.verdict === 'ok') return true;
  if (run.verdict === 'invariant' && violated === name) return false;
  return null;
}

/** Pairs of verdicts that contradict each other, as report lines. */
export function verdictConflicts(verdicts: readonly InvariantVerdict[]): string[] {
  return verdicts
    .filter((v) => v.local !== null && v.tla !== null && v.local !== v.tla)
    .map(
      (v) => `${v.name}: TS says ${v.local ? 'holds' : 'violated'}, TLC says ${v.tla ? 'holds' : 'violated'}`,
    );
}
