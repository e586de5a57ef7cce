import type { CrossValidation, Outcome, SideTiming } from './cross-validation-types.ts';
import {
  type InvariantVerdict,
  TLA_ONLY_INVARIANTS,
  tlcVerdict,
  tsVerdict,
  verdictConflicts,
} from './verdicts.ts';

/** Turns the parts' results into the API's answer: verdict pairs, counts, consistency, details. */
export function summarize(o: Outcome): CrossValidation {
  const { ts, tlc } = o;
  const perInvariant = o.properties.map((p) => ({
    name: p.name,
    local: tsVerdict(ts, p.name),
    tla: tlcVerdict(tlc, o.violated, p.name),
  }));
  const tlaOnly = TLA_ONLY_INVARIANTS.map((name) => ({ name, tla: tlcVerdict(tlc, o.violated, name) }));
  const tlcComplete = tlc === null || tlc.timedOut ? null : tlc.verdict === 'ok';
  const problems = consistencyProblems(o, perInvariant, tlaOnly, tlcComplete);
  const usable = tlc !== null && !tlc.timedOut && tlc.verdict !== 'error';
  const { lines: _lines, ...traces } = o.traces ?? {
    tlcTraceReplays: null,
    tsTraceAcceptedByTlc: null,
    lines: [],
  };
  return {
    available: o.unavailable === undefined,
    ...(o.unavailable === undefined ? {} : { reason: o.unavailable }),
    leaderOffset: o.resolved.cfg.leaderOffset,
    maxSlot: o.resolved.cfg.maxSlot,
    perInvariant,
    tlaOnly,
    stateCounts: { ts: ts.uniqueStates, tlc: tlc?.distinctStates ?? null },
    statesGenerated: { ts: generated(o), tlc: tlc?.statesGenerated ?? null },
    complete: { ts: ts.complete, tlc: tlcComplete },
    statesEqual: o.sets ? o.sets.equal : null,
    ...(o.sets?.firstDifference ? { firstDifference: o.sets.firstDifference } : {}),
    traces,
    timing: {
      ts: timing(ts.durationMs, ts.uniqueStates),
      tlc: tlc ? timing(tlc.wallMs, tlc.distinctStates ?? 0) : null,
    },
    consistent: usable ? problems.length === 0 : null,
    details: detailLines(o, usable ? problems : null).join('\n'),
  };
}

/** Every contradiction between the two sides, as report lines (none: consistent). */
function consistencyProblems(
  o: Outcome,
  perInvariant: readonly InvariantVerdict[],
  tlaOnly: readonly { name: string; tla: boolean | null }[],
  tlcComplete: boolean | null,
): string[] {
  const { ts, tlc, sets, traces } = o;
  const problems = [
    ...verdictConflicts(perInvariant),
    ...tlaOnly.filter((v) => v.tla === false).map((v) => `${v.name} is violated in the TLA+ spec`),
    ...countProblems(o, tlcComplete),
  ];
  // TLC's own deadlock check is off for the model (the horizon ends runs), so this is unexpected.
  if (tlc?.verdict === 'deadlock') problems.push('TLC reports a deadlock');
  if (sets && !sets.equal) problems.push('the reachable state sets differ');
  // Two states distinct for the TS fingerprint but equal as spec values (or the reverse for TLC)
  // would mean the variable mapping itself loses information.
  if (sets && sets.tsStates !== ts.uniqueStates)
    problems.push(`${ts.uniqueStates} TS states map to ${sets.tsStates} distinct spec states`);
  if (sets && tlc && sets.tlcStates !== tlc.distinctStates)
    problems.push(`TLC dumped ${sets.tlcStates} distinct states but counted ${tlc.distinctStates}`);
  if (traces?.tlcTraceReplays === false) problems.push("TLC's counterexample does not replay in TS");
  if (traces?.tsTraceAcceptedByTlc === false) problems.push('TLC rejects the TS counterexample');
  return problems;
}

/**
 * TLC's "states generated" counts the initial state and every successor it computed, those a
 * CONSTRAINT prunes included: the explorer's transitions plus its one initial state.
 */
function generated(o: Outcome): number {
  return o.ts.transitions + 1;
}

function timing(ms: number, distinct: number): SideTiming {
  return { ms: Math.round(ms), distinctPerSecond: Math.round(distinct / Math.max(ms / 1000, 1e-3)) };
}

/**
 * Complete searches must agree on counts; searches that stopped at a violation must have stopped
 * at the same depth (both are breadth-first, so that is the shortest violation on each side).
 */
function countProblems(o: Outcome, tlcComplete: boolean | null): string[] {
  const { ts, tlc } = o;
  if (tlc === null || tlcComplete === null) return [];
  const problems: string[] = [];
  if (ts.complete && tlcComplete) {
    if (ts.uniqueStates !== tlc.distinctStates)
      problems.push(`distinct states differ: TS ${ts.uniqueStates}, TLC ${tlc.distinctStates}`);
    if (generated(o) !== tlc.statesGenerated)
      problems.push(`states generated differ: TS ${generated(o)}, TLC ${tlc.statesGenerated}`);
  }
  const tsDepth = ts.violations[0]?.depth;
  const tlcDepth = tlc.verdict === 'invariant' && tlc.trace.length > 0 ? tlc.trace.length - 1 : undefined;
  if (tsDepth !== undefined && tlcDepth !== undefined && tsDepth !== tlcDepth)
    problems.push(`first violation at depth ${tsDepth} in TS but ${tlcDepth} in TLC`);
  return problems;
}

/** `problems` is null when TLC gave no verdict, so consistency is not established. */
function detailLines(o: Outcome, problems: readonly string[] | null): string[] {
  const { ts } = o;
  const cfg = o.resolved.cfg;
  const tsEnd = ts.complete
    ? 'explored completely'
    : ts.stopReason === 'stopped' && ts.violations.length > 0
      ? 'stopped at the first violation'
      : `stopped (${ts.stopReason})`;
  const lines = [
    `model: ${cfg.validatorCount} validators, maxSlot ${cfg.maxSlot}, leader offset ${cfg.leaderOffset}, strategy ${cfg.strategy.name}`,
    `TS explorer: ${ts.uniqueStates} distinct states (${generated(o)} generated) in ${seconds(ts.durationMs)}, ${tsEnd}${violationText(ts.violations[0]?.property)}`,
  ];
  if (o.unavailable !== undefined) return [...lines, o.unavailable];
  lines.push(o.skipped === undefined ? tlcLine(o) : `TLC: not run (${o.skipped})`);
  if (o.sets)
    lines.push(
      o.sets.equal
        ? `state sets: equal (${o.sets.tsStates} states)`
        : `state sets differ: ${o.sets.tsOnly} only in TS, ${o.sets.tlcOnly} only in TLC`,
    );
  lines.push(...(o.traces?.lines ?? []));
  if (problems === null) lines.push('consistency not established: TLC gave no verdict');
  else lines.push(problems.length === 0 ? 'consistent' : `INCONSISTENT: ${problems.join('; ')}`);
  return lines;
}

function tlcLine(o: Outcome): string {
  const tlc = o.tlc;
  if (tlc === null) return 'TLC: not run';
  if (tlc.timedOut) return `TLC: timed out after ${seconds(tlc.wallMs)}`;
  if (tlc.verdict === 'error') return `TLC: error: ${tlc.errors.join('; ')}`;
  const end = tlc.verdict === 'ok' ? 'no error' : violationText(o.violated ?? tlc.verdict).slice(2);
  return `TLC (1 worker): ${tlc.distinctStates} distinct states (${tlc.statesGenerated} generated) in ${seconds(tlc.wallMs)}, ${end}`;
}

function violationText(property: string | undefined): string {
  return property === undefined ? '' : `; ${property} violated`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
