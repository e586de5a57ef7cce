import type { TlaValue } from './tla-value.ts';
import { parseTlcState, STATE_HEADER } from './tlc-state.ts';

/** One state of a TLC error trace: its number, the action label TLC gives it, its variables. */
export interface TlcTraceState {
  readonly index: number;
  /** "<Initial predicate>", "<Next line 697, col 8 to ... of module Alpenglow>", ... */
  readonly label: string;
  readonly vars: ReadonlyMap<string, TlaValue>;
}

export type TlcVerdict = 'ok' | 'invariant' | 'deadlock' | 'error';

/** What TLC's standard output says about a run. */
export interface TlcOutput {
  readonly verdict: TlcVerdict;
  /** The violated invariant ("Invariant X is violated"). */
  readonly invariant: string | null;
  readonly distinctStates: number | null;
  readonly statesGenerated: number | null;
  readonly depth: number | null;
  readonly trace: TlcTraceState[];
  /** Error lines other than a violation or deadlock (parse errors, exceptions, no initial state). */
  readonly errors: string[];
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s.replace(/,/g, '')));

/** Parses TLC's stdout (2.18, no -tool): counts, verdict and the error trace if any. */
export function parseTlcOutput(stdout: string): TlcOutput {
  const lines = stdout.split(/\r?\n/);
  const counts = /([\d,]+) states generated, ([\d,]+) distinct states found/.exec(stdout);
  const depth = /The depth of the complete state graph search is ([\d,]+)/.exec(stdout);
  const invariant = /Invariant (\S+) is violated/.exec(stdout);
  const deadlock = /Error: Deadlock reached/.test(stdout);
  const completed = /Model checking completed\. No error has been found/.test(stdout);
  const errors = lines.filter(
    (l) =>
      (/^Error:|Exception|\*\*\* Errors|Parse Error|Semantic error|Assumption .* is false/i.test(l) &&
        !/Invariant \S+ is violated|Deadlock reached|The behavior up to this point is/.test(l)) ||
      /initial states? .*(not|no)|no states satisfy/i.test(l),
  );
  const verdict: TlcVerdict = invariant ? 'invariant' : deadlock ? 'deadlock' : completed ? 'ok' : 'error';
  return {
    verdict,
    invariant: invariant?.[1] ?? null,
    distinctStates: num(counts?.[2]),
    statesGenerated: num(counts?.[1]),
    depth: num(depth?.[1]),
    trace: parseTlcTrace(lines),
    errors: verdict === 'error' && errors.length === 0 ? ['TLC ended without a verdict'] : errors,
  };
}

/**
 * Every "State N: <label>" block of the text, in order (TLC's error trace; empty if none). An
 * invariant violated by the initial state is printed without a header; it becomes state 1.
 */
export function parseTlcTrace(lines: readonly string[]): TlcTraceState[] {
  const initial = lines.findIndex((l) => /is violated by the initial state:?\s*$/.test(l));
  if (initial >= 0 && !lines.some((l) => STATE_HEADER.test(l))) {
    const end = lines.findIndex((l, i) => i > initial && l.trim() === '');
    const block = lines.slice(initial + 1, end < 0 ? lines.length : end);
    return [{ index: 1, label: '<Initial predicate>', vars: parseTlcState(block) }];
  }
  const trace: TlcTraceState[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = STATE_HEADER.exec(lines[i] as string);
    if (!header) continue;
    let end = i + 1;
    while (
      end < lines.length &&
      (lines[end] as string).trim() !== '' &&
      !STATE_HEADER.test(lines[end] as string)
    )
      end++;
    trace.push({
      index: Number(header[1]),
      label: header[2] ?? '',
      vars: parseTlcState(lines.slice(i + 1, end)),
    });
    i = end - 1;
  }
  return trace;
}
