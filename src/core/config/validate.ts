import { LIMITS } from '../limits.ts';
import {
  type FieldCheck,
  integerAtLeast,
  isBoolean,
  isString,
  isThreshold,
  nullableIntegerAtLeast,
  show,
} from './field-checks.ts';
import { BYZANTINE_STRATEGY_NAMES, isStrategyName } from './strategies.ts';
import { closestName } from './suggest.ts';
import {
  type AlpenglowConfig,
  type ConfigProblem,
  DEFAULT_CONFIG,
  EXTENSION_FIELDS,
  GUIDE_FIELDS,
} from './types.ts';

export type ConfigResult = { ok: true; config: AlpenglowConfig } | { ok: false; problems: ConfigProblem[] };

const nullableIdList: FieldCheck = (field, value) => {
  if (value === null) return null;
  if (!Array.isArray(value) || !value.every((v) => Number.isSafeInteger(v) && v >= 0)) {
    return { field, message: `must be null or a list of validator ids (integers >= 0), got ${show(value)}` };
  }
  return null;
};

const TYPE_CHECKS: Record<keyof AlpenglowConfig, FieldCheck> = {
  validators: integerAtLeast(1),
  byzantine_count: integerAtLeast(0),
  offline_count: integerAtLeast(0),
  max_rounds: integerAtLeast(1),
  network_delay: integerAtLeast(0),
  timeout_ms: integerAtLeast(1),
  exploration_depth: integerAtLeast(1),
  leader_window_size: integerAtLeast(1),
  adaptive_timeouts: isBoolean,
  vrf_enabled: isBoolean,
  network_partitions: isBoolean,
  stress_test: isBoolean,
  test_edge_cases: isBoolean,
  stake_distribution: (field, value) =>
    value === null || (typeof value === 'object' && !Array.isArray(value))
      ? null
      : { field, message: `must be null or an object mapping validator id to stake, got ${show(value)}` },
  bandwidth_limit: integerAtLeast(1),
  erasure_coding: (field, value) =>
    value === null ||
    (Array.isArray(value) && value.length === 2 && value.every((v) => Number.isSafeInteger(v)))
      ? null
      : { field, message: `must be null or [k, n] with integers 1 <= k <= n, got ${show(value)}` },
  fast_path_threshold: isThreshold,
  slow_path_threshold: isThreshold,
  seed: nullableIntegerAtLeast(0),
  byzantine_validators: nullableIdList,
  offline_validators: nullableIdList,
  byzantine_strategy: isString,
  gst_ms: integerAtLeast(0),
  leader_offset: nullableIntegerAtLeast(0),
};

/** Validates a parsed JSON value as a config: every problem at once, one per line, naming the field. */
export function validateConfig(raw: unknown): ConfigResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ field: '(config)', message: `must be a JSON object, got ${show(raw)}` }],
    };
  }
  const problems: ConfigProblem[] = [];
  const known: readonly string[] = [...GUIDE_FIELDS, ...EXTENSION_FIELDS];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      const hint = closestName(key, known);
      problems.push({ field: key, message: `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}` });
    }
  }
  const merged = { ...DEFAULT_CONFIG } as Record<string, unknown>;
  const badFields = new Set<string>();
  for (const field of known) {
    const value = (raw as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const problem = TYPE_CHECKS[field as keyof AlpenglowConfig](field, value);
    if (problem) {
      problems.push(problem);
      badFields.add(field);
    } else merged[field] = value;
  }
  const config = merged as unknown as AlpenglowConfig;
  problems.push(...checkRules(config, badFields));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

/**
 * Cross-field rules of the guide ("Validation rules") and design.md §5. A rule runs only when
 * every field it reads passed its type check, so one bad field hides no problem of another
 * (a rule over a bad field would only repeat that field's problem, or judge a default instead).
 */
function checkRules(c: AlpenglowConfig, badFields: ReadonlySet<string>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const ok = (...fields: string[]) => fields.every((f) => !badFields.has(f));
  if (ok('validators') && c.validators > LIMITS.maxValidators)
    add('validators', `must be <= ${LIMITS.maxValidators}`);
  const counts = ok('validators', 'byzantine_count', 'offline_count');
  if (counts && c.byzantine_count + c.offline_count >= c.validators) {
    add('byzantine_count', `byzantine_count + offline_count must be < validators (${c.validators})`);
  }
  // The guide's "byzantine_count < validators / 3", as an exact rational comparison.
  if (counts && 3 * c.byzantine_count >= c.validators) {
    add('byzantine_count', `must be < validators / 3 (${c.validators}/3), got ${c.byzantine_count}`);
  }
  if (ok('max_rounds') && c.max_rounds > LIMITS.maxSlots) add('max_rounds', `must be <= ${LIMITS.maxSlots}`);
  if (ok('erasure_coding') && c.erasure_coding) {
    const [k, n] = c.erasure_coding;
    if (!(k >= 1 && k <= n)) add('erasure_coding', `must be [k, n] with 1 <= k <= n, got [${k}, ${n}]`);
  }
  if (ok('byzantine_strategy') && !isStrategyName(c.byzantine_strategy)) {
    add('byzantine_strategy', `must be one of ${BYZANTINE_STRATEGY_NAMES.join(', ')}`);
  }
  if (ok('leader_offset', 'validators') && c.leader_offset !== null && c.leader_offset >= c.validators) {
    add('leader_offset', `must be < validators (${c.validators})`);
  }
  if (ok('stake_distribution', 'validators')) problems.push(...checkStake(c));
  if (counts && ok('byzantine_validators', 'offline_validators')) problems.push(...checkIdLists(c));
  return problems;
}

function checkStake(c: AlpenglowConfig): ConfigProblem[] {
  const map = c.stake_distribution;
  if (map === null) return [];
  const problems: ConfigProblem[] = [];
  const expected = Array.from({ length: c.validators }, (_, i) => String(i));
  for (const key of Object.keys(map)) {
    if (!expected.includes(key)) {
      problems.push({
        field: `stake_distribution.${key}`,
        message: `is not a validator id (0..${c.validators - 1})`,
      });
    }
  }
  let total = 0;
  for (const key of expected) {
    const stake = map[key];
    if (stake === undefined) {
      problems.push({
        field: `stake_distribution.${key}`,
        message: 'is missing (every validator needs a stake)',
      });
    } else if (typeof stake === 'number' && stake > LIMITS.maxTotalStake) {
      problems.push({
        field: `stake_distribution.${key}`,
        message: `must be at most ${LIMITS.maxTotalStake} (total stake), got ${show(stake)}`,
      });
    } else if (!Number.isSafeInteger(stake) || stake <= 0) {
      problems.push({
        field: `stake_distribution.${key}`,
        message: `must be a positive integer, got ${show(stake)}`,
      });
    } else {
      total += stake;
    }
  }
  if (total > LIMITS.maxTotalStake) {
    problems.push({ field: 'stake_distribution', message: `total stake must be <= ${LIMITS.maxTotalStake}` });
  }
  return problems;
}

function checkIdLists(c: AlpenglowConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const lists = [
    ['byzantine_validators', c.byzantine_validators, c.byzantine_count],
    ['offline_validators', c.offline_validators, c.offline_count],
  ] as const;
  for (const [field, ids, count] of lists) {
    if (ids === null) continue;
    if (ids.length !== count)
      problems.push({ field, message: `must list exactly ${count} ids, got ${ids.length}` });
    if (new Set(ids).size !== ids.length) problems.push({ field, message: 'must not repeat an id' });
    const outside = ids.filter((id) => id >= c.validators);
    if (outside.length > 0)
      problems.push({ field, message: `ids ${outside.join(', ')} are not < ${c.validators}` });
  }
  const both = (c.byzantine_validators ?? []).filter((id) => (c.offline_validators ?? []).includes(id));
  if (both.length > 0) {
    problems.push({ field: 'offline_validators', message: `ids ${both.join(', ')} are also Byzantine` });
  }
  return problems;
}
