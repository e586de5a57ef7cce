import type { ExploreResult } from '../check/explore-types.ts';
import type { Action } from '../model/actions/types.ts';
import type { StateProperty } from '../sim/setup.ts';
import type { Scheduler } from './mc-module.ts';
import type { ModelChoice, ResolvedModel } from './resolve.ts';
import type { SetComparison } from './state-compare.ts';
import type { TlcRun } from './tlc-run.ts';
import type { TraceAgreement } from './trace-agreement.ts';
import type { InvariantVerdict } from './verdicts.ts';

export interface CrossValidateOptions extends ModelChoice {
  /** The TS safety properties (properties/safety); their names are the spec's invariant names. */
  readonly properties: readonly StateProperty[];
  /** 'adversary': only Byzantine steps on both sides (a subset of Next; default 'all'). */
  readonly scheduler?: Scheduler;
  /** At most this many messages in flight, on both sides (default: no bound). */
  readonly inFlightBound?: number | null;
  /** Compare the reachable state sets (TLC -dump), when both searches complete (default true). */
  readonly compareStates?: boolean;
  /** Replay TLC's counterexample in TS and check the TS one with TLC (default true). */
  readonly checkTraces?: boolean;
  /** Wall-clock limit of each TLC run (default 10 minutes). */
  readonly timeoutMs?: number;
  /** Where TLA2TOOLS_JAR and JAVA_HOME are read (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
  readonly shouldStop?: () => boolean;
}

/** One side's measured speed; TLC's wall time includes JVM start-up and parsing. */
export interface SideTiming {
  readonly ms: number;
  readonly distinctPerSecond: number;
}

export interface CrossValidation {
  /** Whether TLC could be run at all. */
  readonly available: boolean;
  readonly reason?: string;
  readonly leaderOffset: number;
  readonly maxSlot: number;
  readonly perInvariant: InvariantVerdict[];
  /** TypeOK and NoDeadlockAtHorizon: checked by TLC only. */
  readonly tlaOnly: { readonly name: string; readonly tla: boolean | null }[];
  readonly stateCounts: { readonly ts: number; readonly tlc: number | null };
  readonly statesGenerated: { readonly ts: number; readonly tlc: number | null };
  readonly complete: { readonly ts: boolean; readonly tlc: boolean | null };
  /** Equal reachable sets (null when not compared: a search stopped early or TLC did not run). */
  readonly statesEqual: boolean | null;
  readonly firstDifference?: string;
  readonly traces: Omit<TraceAgreement, 'lines'>;
  readonly timing: { readonly ts: SideTiming; readonly tlc: SideTiming | null };
  /** No contradiction anywhere; null when TLC gave no verdict. */
  readonly consistent: boolean | null;
  readonly details: string;
}

/** What the parts of a cross-validation produced, before they are summarised. */
export interface Outcome {
  readonly resolved: ResolvedModel;
  readonly properties: readonly StateProperty[];
  readonly ts: ExploreResult<Action>;
  readonly tlc: TlcRun | null;
  readonly violated: string | null;
  readonly sets: SetComparison | null;
  readonly traces: TraceAgreement | null;
  /** Why TLC could not run (no jar, no java). */
  readonly unavailable?: string;
  /** Why TLC was not started although it is available (the caller asked to stop). */
  readonly skipped?: string;
}
