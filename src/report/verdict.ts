import { type PropertyResult, reportVerdict, type TestReport, type Verdict } from './types.ts';

/**
 * The words of a verdict when an exhaustive search took part. Only a search that exhausted its
 * bounded space earns PASS; one cut by `--depth`, `--max-states` or a stop says "no violation up
 * to depth N (search incomplete: why)", as TLC and Apalache say "no error up to" for a bounded check.
 * Random and timed runs alone keep PASS (the tool's established word there, never a proof); beside a
 * bounded search the headline says "no violation (random runs, …)" and never PASS.
 */

type Verdicts = Pick<TestReport, 'success' | 'violations' | 'property_results'>;

/** Properties that held in a search that stopped short of exhausting its space. */
function heldInBoundedSearch(results: readonly PropertyResult[]): PropertyResult[] {
  return results.filter((p) => p.passed === true && p.search !== undefined && !p.search.complete);
}

/** The report's `verdict` field. */
export function reportVerdictCode(report: Verdicts): Verdict {
  if (report.violations > 0) return 'violation';
  if (!report.success) return 'incomplete';
  return heldInBoundedSearch(report.property_results).length > 0 ? 'no_violation_bounded' : 'pass';
}

/** What a property that was not violated may claim: "holds", or only how deep it was checked. */
export function heldText(p: PropertyResult): string {
  if (p.search === undefined || p.search.complete) return 'holds';
  return p.search.checked_depth === null
    ? 'no violation found (search incomplete)'
    : `no violation up to depth ${p.search.checked_depth}`;
}

/** What stopped a run before its budget was spent ("stopped by --timeout"), null when nothing did. */
export function stopperWords(report: Pick<TestReport, 'metrics' | 'interrupted'>): string | null {
  if (report.metrics.timeouts > 0) return 'stopped by --timeout';
  return report.interrupted ? 'stopped by a signal' : null;
}

/** Why the search stopped, in the user's terms (the flag that bounded it, or what stopped it). */
function stopWords(reason: NonNullable<PropertyResult['search']>['stop_reason'], report: TestReport): string {
  const stopper = stopperWords(report) ?? 'stopped by a signal';
  switch (reason) {
    case 'depthBound':
      return 'depth bound reached';
    case 'maxStates':
      return '--max-states reached';
    case 'stopped':
      return stopper;
    case 'not_started':
      return `${stopper} before every leader rotation was explored`;
    default:
      return reason;
  }
}

/**
 * One property's claim after a bounded search, with why it stopped: "no violation up to depth 4
 * (search incomplete: depth bound reached)"; null when it was violated, not checked, or searched
 * completely (or by no search at all).
 */
export function boundedPropertyText(p: PropertyResult, report: TestReport): string | null {
  if (p.passed !== true || p.search === undefined || p.search.complete) return null;
  return `${heldText(p)} (search incomplete: ${stopWords(p.search.stop_reason, report)})`;
}

/**
 * "no violation up to depth N" over every property that held in a bounded search (the shallowest
 * depth when sweep cells differ), and why the search stopped; null when no search stopped short.
 */
export function boundedSearch(report: TestReport): { claim: string; why: string } | null {
  const held = heldInBoundedSearch(report.property_results);
  if (held.length === 0) return null;
  const depths = held.map((p) => p.search?.checked_depth ?? null);
  const claim = depths.includes(null)
    ? 'no violation found'
    : `no violation up to depth ${Math.min(...(depths as number[]))}`;
  const reasons = new Set(held.map((p) => stopWords(p.search?.stop_reason ?? 'stopped', report)));
  return { claim, why: [...reasons].join('; ') };
}

/**
 * The headline after "scenario: ": PASS, VIOLATION, INCOMPLETE, or the bounded search's claim;
 * it says PASS only when the verdict is pass.
 */
export function verdictHeadline(report: TestReport): string {
  const word = reportVerdict(report);
  const checked = report.property_results.filter((p) => p.passed !== null);
  const searched = checked.filter((p) => p.search !== undefined);
  if (word === 'VIOLATION' || searched.length === 0) return word;
  const bounded = boundedSearch(report);
  const claim = bounded && `${bounded.claim} (search incomplete: ${bounded.why})`;
  if (word === 'INCOMPLETE') return claim ? `${word}: ${claim}` : word;
  const onlySearched = searched.length === checked.length;
  if (claim === null) {
    const states = report.metrics.coverage.unique_states;
    return onlySearched
      ? `PASS (exhaustive: ${states ?? 'n/a'} states, complete)`
      : 'PASS; exhaustive search complete';
  }
  // The verdict is no_violation_bounded: PASS would claim more than the search showed.
  return onlySearched ? claim : `no violation (${runKinds(checked)}); exhaustive search: ${claim}`;
}

const RUN_KIND: Readonly<Record<string, string>> = { pbt: 'random runs', sim: 'timed runs' };

/** "random runs, timed runs": the drivers besides the search, in the user's words. */
function runKinds(checked: readonly PropertyResult[]): string {
  const drivers = new Set(checked.filter((p) => p.search === undefined).map((p) => p.driver));
  return [...drivers].map((d) => RUN_KIND[d] ?? `${d} runs`).join(', ');
}

/**
 * "24 steps, shrunk from 119, 1-minimal". A stop (deadline, signal) ends shrinking with the best
 * schedule so far: one it cut before any reduction says "not shrunk", never passing for minimal.
 */
export function violationSize(p: PropertyResult, run: Pick<TestReport, 'metrics' | 'interrupted'>): string {
  const steps = `${p.counterexample_length ?? '?'} steps`;
  if (p.discovery_length === undefined) return steps;
  const stopped = stopperWords(run);
  const asFound = p.discovery_length === p.counterexample_length;
  if (asFound && !p.one_minimal && stopped) return `${steps}, not shrunk: ${stopped}`;
  const from = asFound
    ? 'as found'
    : `shrunk from ${p.discovery_length}${!p.one_minimal && stopped ? ` until ${stopped}` : ''}`;
  return `${steps}, ${from}, ${p.one_minimal ? '1-minimal' : 'not shown 1-minimal'}`;
}
