import type { SettingRecord } from './setting.ts';

/** One line of the runs log: every run, passing or not, so "no violation in N runs of S" can be checked. */
export interface RunRecord {
  readonly seed: number;
  /** valueId of `setting`: with the seed, what makes a run (a pinned config changes it). */
  readonly setting_id: string;
  /** settingGroup: what the summary counts by. */
  readonly group: string;
  readonly setting: SettingRecord;
  readonly status: 'pass' | 'violation' | 'error';
  readonly finds: readonly { readonly property: string; readonly fingerprint: string }[];
  readonly error: string | null;
  /** States (pbt, exhaustive) or simulator events (sim) the run checked. */
  readonly states: number;
  /** `git rev-parse HEAD` of the checkout that ran it, null outside a git checkout. */
  readonly commit: string | null;
  readonly started_at: string;
  readonly duration_ms: number;
}

/** A run is the same run when seed and setting are: what resume skips and merge keeps once. */
export function runKey(r: Pick<RunRecord, 'seed' | 'setting_id'>): string {
  return `${r.seed}/${r.setting_id}`;
}

export const FIND_FORMAT = 'alpenglow-fuzz-find';

/**
 * A find's record.json: one per (property, fingerprint of the minimal trace). `seeds` are the
 * runs that found it (a set: finding it again in the same run, after a resume or a merge, adds
 * nothing), `count` their number; `run` is the run whose trace and report are kept beside it, the
 * one with the smallest seed, so the corpus does not depend on the order runs finished in.
 */
export interface FindRecord {
  readonly format: typeof FIND_FORMAT;
  readonly version: 1;
  readonly property: string;
  readonly fingerprint: string;
  readonly count: number;
  readonly seeds: readonly number[];
  readonly run: {
    readonly seed: number;
    readonly setting_id: string;
    readonly group: string;
    readonly setting: SettingRecord;
    readonly commit: string | null;
    /** Steps (timed inputs for sim) of the minimal trace, and of the run that first violated it. */
    readonly length: number;
    readonly discovery_length: number | null;
    readonly started_at: string;
    readonly duration_ms: number;
  };
}

/** A find's folder name in the corpus: `finds/NotarizationUniqueness.3fa2…`. */
export function findKey(f: Pick<FindRecord, 'property' | 'fingerprint'>): string {
  return `${f.property}.${f.fingerprint}`;
}
