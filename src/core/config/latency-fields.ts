import { type FieldCheck, show } from './field-checks.ts';
import { named, type RuleInput } from './rules.ts';
import type { ConfigProblem } from './types.ts';

/** The first thing wrong with one location entry (null is fine: an unknown location). */
function entryProblem(field: string, entry: unknown): ConfigProblem | null {
  if (entry === null) return null;
  if (typeof entry !== 'object' || Array.isArray(entry)) {
    return { field, message: `must be null or {"lat_deg", "lon_deg", "data_center"}, got ${show(entry)}` };
  }
  const e = entry as Record<string, unknown>;
  const degrees = (key: string, limit: number): ConfigProblem | null => {
    const v = e[key];
    return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit
      ? null
      : { field: `${field}.${key}`, message: `must be a number from -${limit} to ${limit}, got ${show(v)}` };
  };
  const extra = Object.keys(e).find((k) => !['lat_deg', 'lon_deg', 'data_center'].includes(k));
  if (extra !== undefined) return { field: `${field}.${extra}`, message: 'unknown field of a location' };
  return (
    degrees('lat_deg', 90) ??
    degrees('lon_deg', 180) ??
    (typeof e.data_center === 'string'
      ? null
      : { field: `${field}.data_center`, message: `must be a string, got ${show(e.data_center)}` })
  );
}

/**
 * `validator_locations`: null, or one entry per validator id. Reports the first bad entry by its
 * path (a 1,292-entry list with a systematic mistake would otherwise print 1,292 lines) and how
 * many others are bad.
 */
export const nullableLocations: FieldCheck = (field, value) => {
  if (value === null) return null;
  if (!Array.isArray(value))
    return { field, message: `must be null or a list of locations, got ${show(value)}` };
  const problems = value.map((entry, i) => entryProblem(`${field}[${i}]`, entry)).filter((p) => p !== null);
  const first = problems[0];
  if (first === undefined) return null;
  const more = problems.length - 1;
  return more > 0 ? { ...first, message: `${first.message} (and ${more} more bad entries)` } : first;
};

/**
 * Rules of the latency fields (issue 15): a list of locations covers every validator exactly,
 * and the geographic model has nothing to compute from without one.
 */
export function checkLatencyRules(input: RuleInput): ConfigProblem[] {
  const c = input.config;
  const ok = (...fields: string[]) => fields.every((f) => !input.bad.has(f));
  const problems: ConfigProblem[] = [];
  const locations = c.validator_locations;
  if (ok('validator_locations', 'validators') && locations !== null && locations.length !== c.validators) {
    problems.push({
      field: 'validator_locations',
      message: `must have one entry per validator (null for an unknown location): ${named(input, 'validators')}, got ${locations.length}`,
    });
  }
  if (ok('latency_model', 'validator_locations') && c.latency_model === 'geographic' && locations === null) {
    problems.push({
      field: 'validator_locations',
      message:
        'is needed by latency_model "geographic": a list with {"lat_deg", "lon_deg", "data_center"} or null per validator id',
    });
  }
  return problems;
}
