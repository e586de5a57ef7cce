import type { TestReport } from './types.ts';
import { boundedSearch, heldText, verdictHeadline, violationSize } from './verdict.ts';

/**
 * The console summary of one scenario run, as lines (the CLI prints them): verdict, counts, one
 * line per property (or per sweep cell), notes, where the report went, then the seed and the
 * commands that replay each counterexample and repeat the run — last, so they stay on screen.
 * `output` is null when the report could not be written.
 */
export function scenarioSummaryLines(report: TestReport, output: string | null): string[] {
  const lines = [
    `${report.scenario}: ${verdictHeadline(report)}`,
    `  ${report.runs} runs, ${report.states_explored} states (${report.metrics.coverage.unique_states ?? 'n/a'} distinct), ${report.duration_ms} ms, ${report.metrics.states_per_second ?? 0} states/s`,
  ];
  const sweep = report.extra?.sweep as SweepRow[] | undefined;
  const held = boundedSearch(report)?.claim ?? allHeldText(report);
  lines.push(...(sweep ? sweepLines(sweep, held) : propertyLines(report)));
  lines.push(...noteLines(report));
  lines.push(output === null ? 'report: not written (see the error above)' : `report: ${output}`);
  lines.push(`seed: ${report.seed}`);
  for (const p of report.property_results) if (p.reproduce) lines.push(`reproduce: ${p.reproduce}`);
  lines.push(`rerun: ${report.reproduce}`);
  return lines;
}

/**
 * One line per property: holds (or, after a bounded search, how deep it was checked), not
 * checked, or violated with the counterexample's length and message.
 */
export function propertyLines(
  report: Pick<TestReport, 'property_results' | 'metrics' | 'interrupted'>,
): string[] {
  return report.property_results.map((p) => {
    const verdict =
      p.passed === null ? 'not checked' : p.passed ? heldText(p) : `VIOLATED (${violationSize(p, report)})`;
    return `  ${p.name.padEnd(34)} ${verdict}${p.error ? `: ${p.error}` : ''}`;
  });
}

/**
 * "all properties hold", unless --properties or --skip-properties left some out: then only the
 * selected ones were checked, and the words count them ("both selected properties hold").
 */
export function allHeldText(report: Pick<TestReport, 'extra'>): string {
  const selected = report.extra?.properties_selected as readonly string[] | undefined;
  const skipped = report.extra?.properties_skipped as readonly string[] | undefined;
  if (selected === undefined || skipped === undefined || skipped.length === 0) return 'all properties hold';
  if (selected.length === 1) return `the selected property (${selected[0]}) holds`;
  if (selected.length === 2) return 'both selected properties hold';
  return `all ${selected.length} selected properties hold`;
}

/** A row of byzantine_resilience's `extra.sweep` (the fields the summary reads). */
export interface SweepRow {
  readonly strategy: string;
  readonly byzantine_count: number;
  readonly byzantine_stake_share: number;
  readonly runs: number;
  readonly violated: readonly string[];
}

/**
 * byzantine_resilience: one line per strategy and Byzantine count instead of one per property.
 * `held` replaces "all properties hold" when a bounded search checked the cells (its claim) or a
 * selection left properties out (allHeldText).
 */
export function sweepLines(sweep: readonly SweepRow[], held = 'all properties hold'): string[] {
  return sweep.map((row) => {
    const share = `${Math.round(row.byzantine_stake_share * 1000) / 10}%`;
    const verdict = row.violated.length === 0 ? held : `VIOLATED: ${row.violated.join(', ')}`;
    return `  ${row.strategy.padEnd(20)} byzantine ${row.byzantine_count} (${share.padStart(5)}), ${String(row.runs).padStart(5)} runs: ${verdict}`;
  });
}

/** Broken liveness premises, and why the run stopped early if it did. */
function noteLines(report: TestReport): string[] {
  const lines: string[] = [];
  const simulation = report.extra?.simulation as
    | { assumption_warnings?: string[]; adaptive?: { not_judged?: string[] } }
    | undefined;
  for (const w of simulation?.assumption_warnings ?? []) lines.push(`  note: ${w}`);
  for (const w of simulation?.adaptive?.not_judged ?? []) lines.push(`  note: ${w}`);
  const economics = report.extra?.economics as { warnings?: string[] } | undefined;
  for (const w of economics?.warnings ?? []) lines.push(`  note: ${w}`);
  if (report.metrics.timeouts > 0) lines.push(`  stopped by --timeout before the run budget was spent`);
  if (report.interrupted && report.metrics.timeouts === 0)
    lines.push('  stopped by a signal before the run budget was spent');
  const xv = report.extra?.cross_validation as { available?: boolean }[] | undefined;
  if (xv?.some((r) => r.available === false))
    lines.push('  cross-validation: tla_result: null (TLC not run)');
  return lines;
}

/** What the cross-validation lines need of a run (structural: the CLI's CrossValidationRun). */
export interface CrossValidationOutline {
  readonly consistent: boolean | null;
  readonly runs: readonly {
    readonly leaderOffset: number;
    readonly details: string;
    /** False when TLC could not run; `reason` says why (it is also the last line of `details`). */
    readonly available?: boolean;
    readonly reason?: string;
  }[];
}

const TLC_MISSING = 'TLC is not available: ';

/**
 * For stderr: the user asked for TLC and got none. One line for the whole run, not one per leader
 * rotation (the reason is the same for each).
 */
export function crossValidationWarnings(xv: CrossValidationOutline): string[] {
  const reasons = new Set(xv.runs.filter((r) => r.available === false).map((r) => r.reason ?? 'unknown'));
  return [...reasons].map(
    (reason) =>
      `warning: --cross-validate asked for TLC, but TLC is not available (${reason.startsWith(TLC_MISSING) ? reason.slice(TLC_MISSING.length) : reason}); TLC was not run`,
  );
}

/**
 * One line per leader offset (what the explorer found, and TLC's verdict when it ran; a missing
 * TLC is the warning's to say), and the alarm when the TypeScript model and the TLA+ spec disagree.
 */
export function crossValidationLines(xv: CrossValidationOutline): string[] {
  const lines = xv.runs.map((r) => {
    const details = r.available === false ? withoutLine(r.details, r.reason) : r.details;
    return `cross-validation, leader offset ${r.leaderOffset}: ${details}`;
  });
  if (xv.consistent === false) {
    lines.push(
      'CROSS-VALIDATION INCONSISTENT: the TypeScript model and the TLA+ spec disagree (details above and in the report)',
    );
  }
  return lines;
}

function withoutLine(text: string, line: string | undefined): string {
  return text
    .split('\n')
    .filter((l) => l !== line)
    .join('\n');
}
