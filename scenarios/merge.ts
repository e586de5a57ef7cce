import { ActionCoverage } from '../src/sim/action-coverage.ts';
import { MODES, type Mode, type ScenarioResult } from './types.ts';

/**
 * One result from several driver runs (a sweep's cells, one scenario's drivers): verdicts listed
 * side by side, counts added, interrupted if any part was. Distinct-state counts add up because
 * the parts explore different configurations or drivers; a part that does not count them (the
 * timed simulator) adds nothing, and when no part counts them they stay null. Each verdict keeps its label, so the
 * parts' verdicts on one property stay apart.
 */
export function mergeResults(
  parts: readonly ScenarioResult[],
  extra: Readonly<Record<string, unknown>>,
): ScenarioResult {
  const sum = (f: (r: ScenarioResult) => number) => parts.reduce((a, r) => a + f(r), 0);
  return {
    properties: parts.flatMap((p) => p.properties),
    statesExplored: sum((r) => r.statesExplored),
    uniqueStates: sumMeasured(parts.map((r) => r.uniqueStates)),
    transitions: sumMeasured(parts.map((r) => r.transitions)),
    stateSpaceCoverage: null,
    byzantineEvents: sum((r) => r.byzantineEvents),
    networkEvents: sum((r) => r.networkEvents),
    runs: sum((r) => r.runs),
    interrupted: parts.some((r) => r.interrupted),
    actionCoverage: mergeCoverage(parts),
    extra,
  };
}

/** The sum of the values measured; null when none was (a 0 would be a made-up metric). */
function sumMeasured(values: readonly (number | null)[]): number | null {
  const measured = values.filter((v): v is number => v !== null);
  return measured.length === 0 ? null : measured.reduce((a, b) => a + b, 0);
}

/** Per driver, the coverage of every part that ran it, added up (sweep cells run one driver many times). */
function mergeCoverage(parts: readonly ScenarioResult[]): Partial<Record<Mode, ActionCoverage>> {
  const merged: Partial<Record<Mode, ActionCoverage>> = {};
  for (const mode of MODES) {
    for (const part of parts) {
      const coverage = part.actionCoverage?.[mode];
      if (coverage === undefined) continue;
      merged[mode] ??= new ActionCoverage(mode);
      merged[mode].add(coverage);
    }
  }
  return merged;
}
