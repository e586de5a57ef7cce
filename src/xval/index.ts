/**
 * Cross-validation against the TLA+ spec and TLC (design.md §1, §6, §7): the API the CLI wires.
 *
 *   crossValidate(config, options)     TS explorer vs TLC on one resolved model
 *   importTrace(text, options?)        native / ITF / TLC text → NativeTrace (auto-detected)
 *   exportItf(trace)                   NativeTrace → ITF JSON object
 *   checkTraceWithTlc(trace, options?) is a TS trace a behaviour of the spec? (TLC)
 *   tlcAvailability(env?)              can TLC run here, and if not why
 */
import type { NativeTrace } from '../sim/trace.ts';
import { XvalError } from './errors.ts';
import { locateTlc, type TlcAvailability } from './tlc-locate.ts';
import { checkWithTool } from './trace-agreement.ts';
import { traceModule } from './trace-check.ts';

export { crossValidate } from './cross-validate.ts';

import { DEFAULT_TIMEOUT_MS } from './cross-validate.ts';

export type { CrossValidateOptions, CrossValidation, SideTiming } from './cross-validation-types.ts';
export { XvalError } from './errors.ts';
export { exportItf, importItf } from './itf.ts';
export type { Scheduler } from './mc-module.ts';
export { CONFIG_MARKER } from './mc-module.ts';
export { detectTraceFormat, type ImportOptions, importTrace, type TraceFormat } from './trace-text.ts';
export type { InvariantVerdict } from './verdicts.ts';
export { traceModule };

export function tlcAvailability(env: NodeJS.ProcessEnv = process.env): TlcAvailability {
  return locateTlc(env);
}

export interface TraceCheckResult {
  readonly available: boolean;
  readonly reason?: string;
  /** null when TLC is unavailable or gave no verdict. */
  readonly accepted: boolean | null;
  /** 1-based action TLC cannot take; 0 when the first state is not an initial state. */
  readonly rejectedAt?: number;
  readonly details: string;
}

/**
 * Asks TLC whether a native trace is a behaviour of the spec (tla/AlpenglowTrace.tla). The trace
 * is first replayed in TS (its states are what TLC checks), so an action TS rejects is an
 * XvalError, not a TLC verdict.
 */
export async function checkTraceWithTlc(
  trace: NativeTrace,
  options: { readonly env?: NodeJS.ProcessEnv; readonly timeoutMs?: number } = {},
): Promise<TraceCheckResult> {
  if (trace.timed) throw new XvalError('timed traces have no untimed states to check with TLC');
  const located = locateTlc(options.env);
  if (!located.available)
    return { available: false, reason: located.reason, accepted: null, details: located.reason };
  const verdict = await checkWithTool(located.tool, trace, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  return { available: true, ...verdict };
}
