import type { ActionCoverageReport, ActionCoverageTable, TestReport } from './types.ts';

/**
 * The console's per-action coverage ("how hard it looked", TLC's -coverage): one line per driver
 * that ran, naming the kinds offered but never taken and the correct validators' kinds never
 * offered; with --verbose, a table of every kind's counts below it.
 */
export function actionCoverageLines(report: Pick<TestReport, 'extra'>, verbose: boolean): string[] {
  const coverage = report.extra?.action_coverage as ActionCoverageReport | undefined;
  const lines: string[] = [];
  for (const driver of ['pbt', 'sim', 'exhaustive'] as const) {
    const table = coverage?.[driver];
    if (table === undefined) continue;
    lines.push(summaryLine(driver, table));
    if (verbose) lines.push(...tableLines(driver, table));
  }
  return lines;
}

function summaryLine(driver: 'pbt' | 'sim' | 'exhaustive', t: ActionCoverageTable): string {
  const kinds = Object.values(t.kinds);
  const taken = kinds.reduce((a, k) => a + k.taken, 0);
  const head = `action coverage (${driver}): `;
  const list = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));
  const neverOffered = t.never_enabled.length === 0 ? '' : `; never offered: ${list(t.never_enabled)}`;
  if (driver === 'sim')
    return `${head}${plural(kinds.length, 'kind')} in ${taken} inputs; never happened: ${list(t.never_enabled)}`;
  if (driver === 'exhaustive') {
    const fresh = kinds.reduce((a, k) => a + (k.new_states ?? 0), 0);
    return `${head}${plural(kinds.length, 'kind')}, ${taken} successors (${fresh} new states)${neverOffered}`;
  }
  const used = kinds.filter((k) => k.taken > 0).length;
  return `${head}${used} of ${kinds.length} kinds offered were taken, in ${taken} steps; never taken: ${list(t.never_taken)}${neverOffered}`;
}

function tableLines(driver: 'pbt' | 'sim' | 'exhaustive', t: ActionCoverageTable): string[] {
  const fresh = driver === 'exhaustive';
  const header = `    ${'kind'.padEnd(32)} ${'enabled'.padStart(8)} ${'taken'.padStart(10)}${fresh ? ` ${'new states'.padStart(12)}` : ''}`;
  const rows = Object.entries(t.kinds).map(([kind, k]) => {
    const enabled = (k.enabled === null ? '-' : String(k.enabled)).padStart(8);
    const newStates = fresh ? ` ${String(k.new_states ?? 0).padStart(12)}` : '';
    const note = t.never_taken.includes(kind) ? '  never taken' : '';
    return `    ${kind.padEnd(32)} ${enabled} ${String(k.taken).padStart(10)}${newStates}${note}`;
  });
  return [header, ...rows];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
