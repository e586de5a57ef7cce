import type { AlpenglowConfig } from '../core/config/index.ts';
import type { Action } from '../model/actions/types.ts';
import type { NodeInput } from '../model/step.ts';
import type { FaultPlan } from './timed/fault-plan.ts';
import type { TimedParams } from './timed/params.ts';

/** The native trace file (design.md §7): enough to replay a run exactly. */
export interface NativeTrace {
  readonly format: 'alpenglow-trace';
  readonly version: 1;
  /** The config the actions run under: leader_offset, max_rounds and strategy as used by the run. */
  readonly config: AlpenglowConfig;
  readonly seed: number | null;
  readonly actions: readonly Action[];
  readonly violation: { readonly property: string; readonly step: number; readonly message?: string } | null;
  /** Optional, for people: one line per action (ignored by replay). */
  readonly explained?: readonly string[];
  /** Timed runs (driver "sim"): the parameters, fault plan and every input with its time. */
  readonly timed?: TimedTraceBody;
  /** Optional provenance: which scenario and driver found it, shrink statistics. */
  readonly found_by?: Readonly<Record<string, unknown>>;
}

export const TRACE_FORMAT = 'alpenglow-trace';
export const TRACE_VERSION = 1;

export function buildTrace(fields: Omit<NativeTrace, 'format' | 'version'>): NativeTrace {
  return { format: TRACE_FORMAT, version: TRACE_VERSION, ...fields };
}

/** The timed part of a trace: `actions` is then empty and `violation.step` counts inputs. */
export interface TimedTraceBody {
  readonly params: TimedParams;
  readonly plan: FaultPlan;
  /** The simulated time the run was observed until (a stall needs time to pass, not events). */
  readonly end_ms: number;
  readonly inputs: readonly { readonly at_ms: number; readonly input: NodeInput }[];
}
