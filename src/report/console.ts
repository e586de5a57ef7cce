import { reportVerdict, type TestReport } from './types.ts';

/**
 * The console summary of one scenario run, as lines (the CLI prints them): verdict, counts, one
 * line per property (or per sweep cell), notes, where the report went, then the seed and the
 * commands that replay each counterexample and repeat the run — last, so they stay on screen.
 * `output` is null when the report could not be written.
 */
export function scenarioSummaryLines(report: TestReport, output: string | null): string[] {
  const lines = [
    `${report.scenario}: ${reportVerdict(report)}`,
    `  ${report.runs} runs, ${report.states_explored} states (${report.metrics.coverage.unique_states ?? 'n/a'} distinct), ${report.duration_ms} ms, ${report.metrics.states_per_second ?? 0} states/s`,
  ];
  const sweep = report.extra?.sweep as SweepRow[] | undefined;
  lines.push(...(sweep ? sweepLines(sweep) : propertyLines(report)));
  lines.push(...noteLines(report));
  lines.push(output === null ? 'report: not written (see the error above)' : `report: ${output}`);
  lines.push(`seed: ${report.seed}`);
  for (const p of report.property_results) if (p.reproduce) lines.push(`reproduce: ${p.reproduce}`);
  lines.push(`rerun: ${report.reproduce}`);
  return lines;
}

/** One line per property: holds, not checked, or violated with the counterexample's length and message. */
export function propertyLines(report: Pick<TestReport, 'property_results'>): string[] {
  return report.property_results.map((p) => {
    const verdict = p.passed === null ? 'not checked' : p.passed ? 'holds' : `VIOLATED (${violationSize(p)})`;
    return `  ${p.name.padEnd(34)} ${verdict}${p.error ? `: ${p.error}` : ''}`;
  });
}

/** "24 steps, shrunk from 119, 1-minimal"; an unshrunk one (a stop) says so instead of passing for minimal. */
function violationSize(p: TestReport['property_results'][number]): string {
  const steps = `${p.counterexample_length} steps`;
  if (p.discovery_length === undefined) return steps;
  const from =
    p.discovery_length === p.counterexample_length ? 'as found' : `shrunk from ${p.discovery_length}`;
  return `${steps}, ${from}, ${p.one_minimal ? '1-minimal' : 'not shown 1-minimal'}`;
}

/** A row of byzantine_resilience's `extra.sweep` (the fields the summary reads). */
export interface SweepRow {
  readonly strategy: string;
  readonly byzantine_count: number;
  readonly byzantine_stake_share: number;
  readonly runs: number;
  readonly violated: readonly string[];
}

/** byzantine_resilience: one line per strategy and Byzantine count instead of one per property. */
export function sweepLines(sweep: readonly SweepRow[]): string[] {
  return sweep.map((row) => {
    const share = `${Math.round(row.byzantine_stake_share * 1000) / 10}%`;
    const verdict =
      row.violated.length === 0 ? 'all properties hold' : `VIOLATED: ${row.violated.join(', ')}`;
    return `  ${row.strategy.padEnd(20)} byzantine ${row.byzantine_count} (${share.padStart(5)}), ${String(row.runs).padStart(5)} runs: ${verdict}`;
  });
}

/** Broken liveness premises, and why the run stopped early if it did. */
function noteLines(report: TestReport): string[] {
  const lines: string[] = [];
  const simulation = report.extra?.simulation as { assumption_warnings?: string[] } | undefined;
  for (const w of simulation?.assumption_warnings ?? []) lines.push(`  note: ${w}`);
  if (report.metrics.timeouts > 0) lines.push(`  stopped by --timeout before the run budget was spent`);
  if (report.interrupted && report.metrics.timeouts === 0)
    lines.push('  stopped by a signal before the run budget was spent');
  return lines;
}

/** What the cross-validation lines need of a run (structural: the CLI's CrossValidationRun). */
export interface CrossValidationOutline {
  readonly consistent: boolean | null;
  readonly runs: readonly { readonly leaderOffset: number; readonly details: string }[];
}

/** One line per leader offset, and the alarm when the TypeScript model and the TLA+ spec disagree. */
export function crossValidationLines(xv: CrossValidationOutline): string[] {
  const lines = xv.runs.map((r) => `cross-validation, leader offset ${r.leaderOffset}: ${r.details}`);
  if (xv.consistent === false) {
    lines.push(
      'CROSS-VALIDATION INCONSISTENT: the TypeScript model and the TLA+ spec disagree (details above and in the report)',
    );
  }
  return lines;
}
