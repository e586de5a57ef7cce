import type { FindRecord, RunRecord } from './records.ts';
import { findKey } from './records.ts';

/** What the summary says about one setting group: how often it ran and what it found. */
export interface GroupSummary {
  expect: 'hold' | 'break';
  runs: number;
  runs_with_finds: number;
  errors: number;
  /** Finds over all runs (a find made by two runs counts twice), and distinct ones. */
  finds: number;
  unique_finds: number;
  /** Distinct finds per property. */
  properties: Record<string, number>;
}

export interface CampaignSummary {
  readonly format: 'alpenglow-fuzz-summary';
  readonly version: 1;
  readonly runs: number;
  readonly runs_with_finds: number;
  readonly errors: number;
  readonly finds: number;
  readonly unique_finds: number;
  /** Finds in settings expected to hold (the paper's assumptions, a pinned config): bugs. */
  readonly unexpected: readonly { key: string; property: string; count: number; group: string }[];
  /** The canary's runs and finds; `silent` when it ran and found nothing: the campaign lost its teeth. */
  readonly canary: { runs: number; runs_with_finds: number; silent: boolean };
  readonly by_setting: Readonly<Record<string, GroupSummary>>;
}

/**
 * The summary of a corpus, grouped by setting (family/driver/protocol), from every run in its
 * log and every find in it: "no violation in N runs of S" read off `by_setting[S]`.
 */
export function summarize(
  runs: readonly RunRecord[],
  finds: ReadonlyMap<string, FindRecord>,
): CampaignSummary {
  const groups = new Map<string, { summary: GroupSummary; unique: Set<string> }>();
  let findsTotal = 0;
  for (const run of runs) {
    let g = groups.get(run.group);
    if (!g) {
      g = { summary: emptyGroup(run.setting.expect), unique: new Set() };
      groups.set(run.group, g);
    }
    const s = g.summary;
    s.runs++;
    if (run.status === 'error') s.errors++;
    if (run.finds.length > 0) s.runs_with_finds++;
    s.finds += run.finds.length;
    findsTotal += run.finds.length;
    for (const f of run.finds) {
      const key = findKey(f);
      if (g.unique.has(key)) continue;
      g.unique.add(key);
      s.properties[f.property] = (s.properties[f.property] ?? 0) + 1;
    }
  }
  const bySetting: Record<string, GroupSummary> = {};
  for (const [name, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1)))
    bySetting[name] = { ...g.summary, unique_finds: g.unique.size };
  const canaryGroups = Object.entries(bySetting).filter(([name]) => name.startsWith('canary/'));
  const canaryRuns = canaryGroups.reduce((n, [, g]) => n + g.runs, 0);
  const canaryFound = canaryGroups.reduce((n, [, g]) => n + g.runs_with_finds, 0);
  return {
    format: 'alpenglow-fuzz-summary',
    version: 1,
    runs: runs.length,
    runs_with_finds: runs.filter((r) => r.finds.length > 0).length,
    errors: runs.filter((r) => r.status === 'error').length,
    finds: findsTotal,
    unique_finds: finds.size,
    unexpected: [...finds.entries()]
      .filter(([, f]) => f.run.setting.expect === 'hold')
      .map(([key, f]) => ({ key, property: f.property, count: f.count, group: f.run.group })),
    canary: { runs: canaryRuns, runs_with_finds: canaryFound, silent: canaryRuns > 0 && canaryFound === 0 },
    by_setting: bySetting,
  };
}

function emptyGroup(expect: 'hold' | 'break'): GroupSummary {
  return { expect, runs: 0, runs_with_finds: 0, errors: 0, finds: 0, unique_finds: 0, properties: {} };
}
