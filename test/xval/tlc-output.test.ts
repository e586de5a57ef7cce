import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTlcOutput } from '../../src/xval/tlc-output.ts';
import type { TlcRun } from '../../src/xval/tlc-run.ts';
import { traceVerdict } from '../../src/xval/trace-check.ts';

const violation = readFileSync(new URL('./fixtures/tlc-fast-below-slow.txt', import.meta.url), 'utf8');

const OK = `TLC2 Version 2.18 of 20 March 2023 (rev: 3ea3222)
Computing initial states...
Model checking completed. No error has been found.
  Estimates of the probability that TLC did not check all reachable states
444 states generated, 183 distinct states found, 0 states left on queue.
The depth of the complete state graph search is 11.
Finished in 01s at (2026-11-24 20:53:30)
`;

const run = (stdout: string, extra: Partial<TlcRun> = {}): TlcRun => ({
  ...parseTlcOutput(stdout),
  timedOut: false,
  wallMs: 1,
  exitCode: 0,
  stdout,
  ...extra,
});

describe("TLC's standard output", () => {
  it('reads counts and a clean verdict', () => {
    expect(parseTlcOutput(OK)).toMatchObject({
      verdict: 'ok',
      invariant: null,
      distinctStates: 183,
      statesGenerated: 444,
      depth: 11,
      trace: [],
      errors: [],
    });
  });

  it('reads a violated invariant and its error trace', () => {
    const out = parseTlcOutput(violation);
    expect(out).toMatchObject({
      verdict: 'invariant',
      invariant: 'FinalizedImpliesNotarized',
      distinctStates: 20,
    });
    expect(out.trace.map((s) => s.index)).toEqual([1, 2, 3, 4]);
    expect(out.trace[0]?.label).toBe('<Initial predicate>');
    expect([...(out.trace[3]?.vars.keys() ?? [])].sort()).toEqual([
      'blocks',
      'castVotes',
      'network',
      'nodes',
    ]);
  });

  it('reads an invariant violated by the initial state (printed without a "State 1:" header)', () => {
    const out = parseTlcOutput(
      'Error: Invariant TraceIncomplete is violated by the initial state:\n/\\ step = 1\n/\\ x = {}\n\n1 states generated, 1 distinct states found',
    );
    expect(out.invariant).toBe('TraceIncomplete');
    expect(out.trace).toHaveLength(1);
    expect(out.trace[0]?.vars.get('step')).toEqual({ kind: 'int', value: 1 });
  });

  it('reports errors without a verdict, and numbers with thousands separators', () => {
    const bad = parseTlcOutput(
      'Error: Assumption line 87, col 8 to line 87, col 79 of module Alpenglow is false.\n',
    );
    expect(bad.verdict).toBe('error');
    expect(bad.errors[0]).toMatch(/Assumption line 87/);
    expect(parseTlcOutput('').errors).toEqual(['TLC ended without a verdict']);
    expect(parseTlcOutput('1,207,117 states generated, 157,852 distinct states found').distinctStates).toBe(
      157852,
    );
  });
});

describe('trace-check verdicts (tla/AlpenglowTrace.tla encoding)', () => {
  it('accepts when TraceIncomplete is violated: every state was followed', () => {
    const r = run(
      'Error: Invariant TraceIncomplete is violated.\n7 states generated, 7 distinct states found',
    );
    expect(traceVerdict(r, 6)).toMatchObject({ accepted: true });
  });

  it('rejects at the step where TLC deadlocks, and at 0 when there is no initial state', () => {
    const deadlock = run(
      'Error: Deadlock reached.\nError: The behavior up to this point is:\nState 1: <Initial predicate>\n/\\ step = 1\n\nState 2: <TraceNext>\n/\\ step = 2\n\n',
    );
    expect(traceVerdict(deadlock, 5)).toMatchObject({ accepted: false, rejectedAt: 2 });
    const noInit = run(
      'Model checking completed. No error has been found.\n0 states generated, 0 distinct states found',
    );
    expect(traceVerdict(noInit, 5)).toMatchObject({ accepted: false, rejectedAt: 0 });
  });

  it('gives no verdict on errors and timeouts', () => {
    expect(traceVerdict(run('Error: Assumption line 1 is false.'), 3).accepted).toBeNull();
    expect(traceVerdict(run('', { timedOut: true }), 3).accepted).toBeNull();
  });
});
