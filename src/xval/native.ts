import { replayTrace } from '../sim/replay-trace.ts';
import type { StateProperty } from '../sim/setup.ts';
import { buildTrace, type NativeTrace } from '../sim/trace.ts';
import type { ResolvedModel } from './resolve.ts';
import type { MatchedTrace } from './trace-import.ts';

export interface NativeTraceOptions {
  /** Where the trace came from ("tlc", "itf"), kept in `found_by`. */
  readonly source: string;
  /** The property the source says is violated at the end (TLC's invariant), if any. */
  readonly claimed: string | null;
  /** When given, the recorded violation is the one a TS replay really finds. */
  readonly properties?: readonly StateProperty[];
}

/**
 * A native trace (design.md §7) for matched actions: `alpenglow replay` re-executes it under
 * its pinned config. With properties the violation is measured by replaying, not taken on trust;
 * the claimed property is preferred when the replay confirms it.
 */
export function nativeTraceFor(
  resolved: ResolvedModel,
  matched: MatchedTrace,
  opts: NativeTraceOptions,
): NativeTrace {
  const base = buildTrace({
    config: resolved.config,
    seed: null,
    actions: matched.actions,
    violation: null,
    explained: matched.explained,
    found_by: { driver: opts.source, claimed_violation: opts.claimed },
  });
  if (opts.properties === undefined) {
    const violation = opts.claimed === null ? null : { property: opts.claimed, step: matched.actions.length };
    return { ...base, violation };
  }
  const { violations } = replayTrace(base, opts.properties);
  const chosen = violations.find((v) => v.property === opts.claimed) ?? violations[0];
  if (chosen === undefined) return base;
  return { ...base, violation: { property: chosen.property, step: chosen.step, message: chosen.message } };
}
