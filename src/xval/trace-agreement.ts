import type { ExploreResult } from '../check/explore-types.ts';
import type { Action } from '../model/actions/types.ts';
import type { StateProperty } from '../sim/setup.ts';
import { buildTrace, type NativeTrace } from '../sim/trace.ts';
import { XvalError } from './errors.ts';
import { nativeTraceFor } from './native.ts';
import type { ResolvedModel } from './resolve.ts';
import { specState } from './state-canon.ts';
import type { TlcTool } from './tlc-locate.ts';
import { runTlc, type TlcRun } from './tlc-run.ts';
import { type TraceVerdict, traceModule, traceVerdict } from './trace-check.ts';
import { matchStates } from './trace-import.ts';

/** Does each tool's counterexample hold up in the other? */
export interface TraceAgreement {
  /** TLC's error trace as a native trace (replayable with `alpenglow replay`). */
  readonly tlcTrace?: NativeTrace;
  /** Every TLC step is a TS step and the TS property fails at the end; null without a TLC trace. */
  readonly tlcTraceReplays: boolean | null;
  /** The TS explorer's shortest counterexample. */
  readonly tsTrace?: NativeTrace;
  /** TLC accepts it as a behaviour of Spec; null without one or without a TLC verdict. */
  readonly tsTraceAcceptedByTlc: boolean | null;
  readonly lines: string[];
}

export interface AgreementInput {
  readonly resolved: ResolvedModel;
  readonly ts: ExploreResult<Action>;
  readonly tlc: TlcRun;
  /** TLC's violated invariant by its spec name. */
  readonly violated: string | null;
  readonly properties: readonly StateProperty[];
  readonly tool: TlcTool;
  readonly timeoutMs: number;
}

export async function checkTraceAgreement(input: AgreementInput): Promise<TraceAgreement> {
  const lines: string[] = [];
  const fromTlc = importTlcCounterexample(input, lines);
  const first = input.ts.violations[0];
  let tsTrace: NativeTrace | undefined;
  let accepted: boolean | null = null;
  if (first !== undefined) {
    tsTrace = buildTrace({
      config: input.resolved.config,
      seed: null,
      actions: first.path,
      violation: { property: first.property, step: first.depth, message: first.message },
      found_by: { driver: 'exhaustive', shortest: true, symmetry: false },
    });
    const verdict = await checkWithTool(input.tool, tsTrace, input.timeoutMs);
    accepted = verdict.accepted;
    lines.push(`TS counterexample (${first.property}, ${first.depth} steps): ${verdict.details}`);
  }
  return {
    ...fromTlc,
    ...(tsTrace ? { tsTrace } : {}),
    tsTraceAcceptedByTlc: accepted,
    lines,
  };
}

function importTlcCounterexample(
  input: AgreementInput,
  lines: string[],
): { tlcTrace?: NativeTrace; tlcTraceReplays: boolean | null } {
  const { tlc, violated } = input;
  if (tlc.verdict !== 'invariant' || tlc.trace.length === 0) return { tlcTraceReplays: null };
  try {
    const matched = matchStates(
      input.resolved.cfg,
      tlc.trace.map((s) => specState(s.vars)),
      'TLC trace',
    );
    const tlcTrace = nativeTraceFor(input.resolved, matched, {
      source: 'tlc',
      claimed: violated,
      properties: input.properties,
    });
    const isTsProperty = input.properties.some((p) => p.name === violated);
    const reproduced =
      tlcTrace.violation?.property === violated && tlcTrace.violation.step === matched.actions.length;
    const replays = !isTsProperty || reproduced;
    lines.push(
      `TLC trace (${violated}, ${matched.actions.length} steps): every step is an enabled TS action; ` +
        (isTsProperty
          ? `the TS property ${reproduced ? 'fails at the last step' : 'does NOT fail at the last step'}`
          : 'no TS property of that name'),
    );
    return { tlcTrace, tlcTraceReplays: replays };
  } catch (err) {
    if (!(err instanceof XvalError)) throw err;
    lines.push(`TLC trace does not replay in TS: ${err.message}`);
    return { tlcTraceReplays: false };
  }
}

/** Trace checking with a located TLC: generate, run, read the verdict. */
export async function checkWithTool(
  tool: TlcTool,
  trace: NativeTrace,
  timeoutMs: number,
): Promise<TraceVerdict> {
  const tm = traceModule(trace);
  const run = await runTlc(tool, { ...tm, checkDeadlock: true, timeoutMs });
  return traceVerdict(run, trace.actions.length);
}
