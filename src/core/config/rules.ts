import { LIMITS } from '../limits.ts';
import { show } from './field-checks.ts';
import { checkScheduleRules } from './schedule-rules.ts';
import { checkStake } from './stake-fields.ts';
import { BYZANTINE_STRATEGY_NAMES, isStrategyName } from './strategies.ts';
import type { AlpenglowConfig, ConfigProblem } from './types.ts';

/** A merged config and what the file said: which fields it set, which of those were badly typed. */
export interface RuleInput {
  readonly config: AlpenglowConfig;
  /** Fields the file set (the others hold their defaults). */
  readonly written: ReadonlySet<string>;
  /** Fields whose value failed its type check (a rule over one would judge a default instead). */
  readonly bad: ReadonlySet<string>;
}

/**
 * A field with its value as a message shows it, `validators (3)`, or `validators (default 5)` when
 * the file does not set it: a rule broken by a default is otherwise a riddle ("I never wrote 1").
 */
export function named(input: RuleInput, field: keyof AlpenglowConfig): string {
  const value = show(input.config[field]);
  return input.written.has(field) ? `${field} (${value})` : `${field} (default ${value})`;
}

const WHY_FAST_NOT_BELOW_SLOW =
  'a fast-finalization certificate must also prove notarization, so the fast path needs at least ' +
  'the stake of the slow path (white paper Table 6: 0.8 and 0.6); set "allow_fast_below_slow": true to run it anyway';

/**
 * Cross-field rules of the guide ("Validation rules") and design.md §5. A rule runs only when
 * every field it reads passed its type check, so one bad field hides no problem of another
 * (a rule over a bad field would only repeat that field's problem, or judge a default instead).
 */
export function checkRules(input: RuleInput): ConfigProblem[] {
  const c = input.config;
  const problems: ConfigProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const ok = (...fields: string[]) => fields.every((f) => !input.bad.has(f));
  const n = (field: keyof AlpenglowConfig) => named(input, field);
  if (ok('validators') && c.validators > LIMITS.maxValidators)
    add('validators', `must be <= ${LIMITS.maxValidators}`);
  const counts = ok('validators', 'byzantine_count', 'offline_count');
  if (counts && c.byzantine_count + c.offline_count >= c.validators) {
    add('byzantine_count', `${n('byzantine_count')} + ${n('offline_count')} must be < ${n('validators')}`);
  }
  // The guide's "byzantine_count < validators / 3", as an exact rational comparison.
  if (counts && 3 * c.byzantine_count >= c.validators) {
    add('byzantine_count', `${n('byzantine_count')} must be < ${n('validators')} / 3`);
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
    add('leader_offset', `must be < ${n('validators')}`);
  }
  // Compared as given (both have at most 6 decimals): fast 0.5 under slow 0.9 would report
  // "violations" that come from the config, not the protocol.
  const thresholds = ok('fast_path_threshold', 'slow_path_threshold', 'allow_fast_below_slow');
  if (thresholds && c.fast_path_threshold < c.slow_path_threshold && !c.allow_fast_below_slow) {
    add(
      'fast_path_threshold',
      `${n('fast_path_threshold')} must be >= ${n('slow_path_threshold')}: ${WHY_FAST_NOT_BELOW_SLOW}`,
    );
  }
  if (ok('stake_distribution', 'validators')) problems.push(...checkStake(input));
  if (counts && ok('byzantine_validators', 'offline_validators')) problems.push(...checkIdLists(input));
  problems.push(...checkScheduleRules(input));
  return problems;
}

function checkIdLists(input: RuleInput): ConfigProblem[] {
  const c = input.config;
  const problems: ConfigProblem[] = [];
  const lists = [
    ['byzantine_validators', c.byzantine_validators, c.byzantine_count, 'byzantine_count'],
    ['offline_validators', c.offline_validators, c.offline_count, 'offline_count'],
  ] as const;
  for (const [field, ids, count, countField] of lists) {
    if (ids === null) continue;
    if (ids.length !== count)
      problems.push({
        field,
        message: `must list exactly ${named(input, countField)} ids, got ${ids.length}`,
      });
    if (new Set(ids).size !== ids.length) problems.push({ field, message: 'must not repeat an id' });
    const outside = ids.filter((id) => id >= c.validators);
    if (outside.length > 0)
      problems.push({ field, message: `ids ${outside.join(', ')} are not < ${named(input, 'validators')}` });
  }
  const both = (c.byzantine_validators ?? []).filter((id) => (c.offline_validators ?? []).includes(id));
  if (both.length > 0) {
    problems.push({ field: 'offline_validators', message: `ids ${both.join(', ')} are also Byzantine` });
  }
  return problems;
}
