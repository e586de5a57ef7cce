import type { AlpenglowConfig } from '../core/config/index.ts';
import type { Action } from '../model/actions/types.ts';

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
  /** Optional provenance: which scenario and driver found it, shrink statistics. */
  readonly found_by?: Readonly<Record<string, unknown>>;
}

export const TRACE_FORMAT = 'alpenglow-trace';
export const TRACE_VERSION = 1;

export function buildTrace(fields: Omit<NativeTrace, 'format' | 'version'>): NativeTrace {
  return { format: TRACE_FORMAT, version: TRACE_VERSION, ...fields };
}
