import type { AlpenglowConfig } from '../core/config/index.ts';
import type { StateProperty } from '../sim/setup.ts';
import type { NativeTrace } from '../sim/trace.ts';
import { parseNativeTrace } from '../sim/trace-parse.ts';
import { XvalError } from './errors.ts';
import { importItf } from './itf.ts';
import { unboundedName } from './mc-module.ts';
import { nativeTraceFor } from './native.ts';
import { resolveModel } from './resolve.ts';
import { specState } from './state-canon.ts';
import { configInText } from './tla-header.ts';
import { parseTlcOutput } from './tlc-output.ts';
import { matchStates } from './trace-import.ts';

export interface ImportOptions {
  /** The config the trace belongs to, when the trace itself does not say (TLC text, bare ITF). */
  readonly config?: AlpenglowConfig;
  /** When given, the recorded violation is the one a TS replay finds. */
  readonly properties?: readonly StateProperty[];
}

export type TraceFormat = 'native' | 'itf' | 'tlc';

/** Which of the three trace formats a file's text is (design.md §7), or null. */
export function detectTraceFormat(text: string): TraceFormat | null {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    if (/"format"\s*:\s*"alpenglow-trace"/.test(trimmed)) return 'native';
    if (/"states"\s*:/.test(trimmed)) return 'itf';
    return null;
  }
  return /^State \d+:/m.test(text) ? 'tlc' : null;
}

/**
 * Any trace file's text → a native trace that `alpenglow replay` runs: native traces as they are,
 * ITF and TLC error traces by matching their states to TS actions. Throws XvalError (one line
 * per problem) when the text is none of them or does not fit the model.
 */
export function importTrace(text: string, opts: ImportOptions = {}): NativeTrace {
  const format = detectTraceFormat(text);
  if (format === 'tlc') return importTlcText(text, opts);
  if (format === null) {
    throw new XvalError(
      'unrecognised trace: expected a native trace or an ITF trace (JSON), or TLC error-trace text',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new XvalError(`not valid JSON (${(err as Error).message})`);
  }
  if (format === 'itf') return importItf(json, opts);
  const parsed = parseNativeTrace(json);
  if (!parsed.ok) throw new XvalError(parsed.problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return parsed.trace;
}

/** TLC's printed error trace (its whole stdout, or just the "State N:" blocks). */
export function importTlcText(text: string, opts: ImportOptions = {}): NativeTrace {
  const config = opts.config ?? configInText(text);
  if (config === null) {
    throw new XvalError(
      'TLC trace: no config; add the "alpenglow-config: {...}" line, or give the config with alpenglow replay --config FILE',
    );
  }
  const output = parseTlcOutput(text);
  if (output.trace.length === 0) throw new XvalError('TLC trace: no "State N:" blocks found');
  const resolved = resolveModel(config);
  const matched = matchStates(
    resolved.cfg,
    output.trace.map((s) => specState(s.vars)),
    'TLC trace',
  );
  // Generated configs guard invariants as Bounded<Name> under an in-flight bound.
  const claimed = output.invariant === null ? null : unboundedName(output.invariant);
  return nativeTraceFor(resolved, matched, {
    source: 'tlc',
    claimed,
    ...(opts.properties ? { properties: opts.properties } : {}),
  });
}
