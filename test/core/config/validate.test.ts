import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from '../../../src/core/config/index.ts';
import type { ConfigProblem } from '../../../src/core/config/types.ts';

/** The problems a config produces, or [] when it is valid. */
function problemsOf(raw: unknown): ConfigProblem[] {
  const result = validateConfig(raw);
  return result.ok ? [] : result.problems;
}

describe('validateConfig: accepted configs', () => {
  it('accepts an empty object and fills every field from the defaults', () => {
    const result = validateConfig({});
    expect(result).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('keeps the given values over the defaults', () => {
    const result = validateConfig({
      validators: 7,
      byzantine_count: 2,
      offline_count: 0,
      stake_distribution: { 0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7 },
      erasure_coding: [2, 2],
      byzantine_validators: [5, 6],
      leader_offset: 6,
      seed: 0,
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.validators).toBe(7);
      expect(result.config.byzantine_validators).toEqual([5, 6]);
      expect(result.config.timeout_ms).toBe(DEFAULT_CONFIG.timeout_ms);
    }
  });

  it.each([
    ['byzantine_count just below validators / 3', { validators: 7, byzantine_count: 2, offline_count: 0 }],
    ['byzantine + offline one below validators', { validators: 7, byzantine_count: 2, offline_count: 4 }],
    ['max_rounds at the slot limit', { max_rounds: 100_000 }],
    ['validators at the limit', { validators: 2000 }],
    ['thresholds with six decimals', { fast_path_threshold: 0.666667, slow_path_threshold: 0.600001 }],
    ['leader_offset one below validators', { leader_offset: 4 }],
    ['null extensions', { seed: null, leader_offset: null, byzantine_validators: null }],
  ])('accepts %s', (_name, raw) => {
    expect(problemsOf(raw)).toEqual([]);
  });
});

describe('validateConfig: field types (one problem naming the field and the rule)', () => {
  it.each([
    ['validators', 0, 'must be an integer >= 1, got 0'],
    ['validators', 2.5, 'must be an integer >= 1, got 2.5'],
    ['validators', '5', 'must be an integer >= 1, got "5"'],
    ['byzantine_count', -1, 'must be an integer >= 0, got -1'],
    ['offline_count', -1, 'must be an integer >= 0, got -1'],
    ['max_rounds', 0, 'must be an integer >= 1, got 0'],
    ['network_delay', -1, 'must be an integer >= 0, got -1'],
    ['timeout_ms', 0, 'must be an integer >= 1, got 0'],
    ['exploration_depth', 0, 'must be an integer >= 1, got 0'],
    ['leader_window_size', 0, 'must be an integer >= 1, got 0'],
    ['bandwidth_limit', 0, 'must be an integer >= 1, got 0'],
    ['gst_ms', -1, 'must be an integer >= 0, got -1'],
    ['seed', -1, 'must be an integer >= 0, got -1'],
    ['seed', 1e20, 'must be at most 9007199254740991, got 100000000000000000000'],
    ['leader_offset', 1.5, 'must be an integer >= 0, got 1.5'],
    ['adaptive_timeouts', 'yes', 'must be true or false, got "yes"'],
    ['vrf_enabled', 1, 'must be true or false, got 1'],
    ['network_partitions', null, 'must be true or false, got null'],
    ['stress_test', 'false', 'must be true or false, got "false"'],
    ['test_edge_cases', 0, 'must be true or false, got 0'],
    ['stake_distribution', [1, 2], 'must be null or an object mapping validator id to stake, got [1,2]'],
    ['erasure_coding', [1], 'must be null or [k, n] with integers 1 <= k <= n, got [1]'],
    ['erasure_coding', [1.5, 2], 'must be null or [k, n] with integers 1 <= k <= n, got [1.5,2]'],
    ['fast_path_threshold', 0, 'must be a number with 0 < value <= 1, got 0'],
    ['fast_path_threshold', 1.01, 'must be a number with 0 < value <= 1, got 1.01'],
    ['slow_path_threshold', '0.6', 'must be a number with 0 < value <= 1, got "0.6"'],
    ['slow_path_threshold', 0.1234567, 'must have at most 6 decimals, got 0.1234567'],
    ['byzantine_validators', [-1], 'must be null or a list of validator ids (integers >= 0), got [-1]'],
    ['offline_validators', 'x', 'must be null or a list of validator ids (integers >= 0), got "x"'],
    ['byzantine_strategy', 5, 'must be a string, got 5'],
    // Long values are cut to 40 characters so a message stays one line.
    ['validators', 'x'.repeat(50), `must be an integer >= 1, got "${'x'.repeat(36)}...`],
  ])('%s = %j: %s', (field, value, message) => {
    expect(problemsOf({ [field]: value })).toEqual([{ field, message }]);
  });

  it.each([[null], [[]], [5], ['config']])('refuses %j as a whole', (raw) => {
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('(config)');
    expect(problems[0]?.message).toMatch(/^must be a JSON object, got /);
  });
});

describe('validateConfig: unknown fields', () => {
  it.each([
    ['validator', 'unknown field (did you mean "validators"?)'],
    ['Slow_Path_Threshold', 'unknown field (did you mean "slow_path_threshold"?)'],
    ['byzantine_cnt', 'unknown field (did you mean "byzantine_count"?)'],
    ['zzzzzz', 'unknown field'],
  ])('%s: %s', (field, message) => {
    expect(problemsOf({ [field]: 1 })).toEqual([{ field, message }]);
  });
});

describe('validateConfig: cross-field rules', () => {
  it.each([
    ['validators above the limit', { validators: 2001 }, 'validators', 'must be <= 2000'],
    [
      'byzantine + offline not below validators',
      { validators: 4, byzantine_count: 1, offline_count: 3 },
      'byzantine_count',
      'byzantine_count (1) + offline_count (3) must be < validators (4)',
    ],
    [
      'byzantine_count at exactly validators / 3',
      { validators: 6, byzantine_count: 2, offline_count: 0 },
      'byzantine_count',
      'byzantine_count (2) must be < validators (6) / 3',
    ],
    ['max_rounds above the slot limit', { max_rounds: 100_001 }, 'max_rounds', 'must be <= 100000'],
    [
      'erasure_coding with k > n',
      { erasure_coding: [3, 2] },
      'erasure_coding',
      'must be [k, n] with 1 <= k <= n, got [3, 2]',
    ],
    [
      'erasure_coding with k = 0',
      { erasure_coding: [0, 2] },
      'erasure_coding',
      'must be [k, n] with 1 <= k <= n, got [0, 2]',
    ],
    [
      'an unknown strategy',
      { byzantine_strategy: 'evil' },
      'byzantine_strategy',
      'must be one of silent, withholding, equivocating_leader, double_voting, fallback_final, arbitrary, forger',
    ],
    [
      'leader_offset = validators',
      { validators: 5, leader_offset: 5 },
      'leader_offset',
      'must be < validators (5)',
    ],
    [
      'a stake for a validator that does not exist',
      { validators: 5, stake_distribution: { 0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 7: 1 } },
      'stake_distribution.7',
      'is not a validator id: ids are 0..4 for validators (5)',
    ],
    [
      'a validator without stake',
      { validators: 5, stake_distribution: { 0: 1, 1: 1, 2: 1, 4: 1 } },
      'stake_distribution.3',
      'is missing: each of validators (5) needs a stake',
    ],
    [
      'a zero stake',
      { stake_distribution: { 0: 1, 1: 0, 2: 1, 3: 1, 4: 1 } },
      'stake_distribution.1',
      'must be a positive integer (a JSON number up to 2^53 - 1, or a decimal string), got 0',
    ],
    [
      'a fractional stake',
      { stake_distribution: { 0: 1, 1: 1.5, 2: 1, 3: 1, 4: 1 } },
      'stake_distribution.1',
      'must be a positive integer (a JSON number up to 2^53 - 1, or a decimal string), got 1.5',
    ],
    [
      'a JSON number beyond 2^53 (not "must be an integer" for 1e20): quote it',
      { stake_distribution: { 0: 1e20, 1: 1, 2: 1, 3: 1, 4: 1 } },
      'stake_distribution.0',
      'is above 2^53 - 1 (9007199254740991), where a JSON number is not exact (read as 100000000000000000000): quote it as a decimal string ("100000000000000000000", with your own digits)',
    ],
    [
      'a total stake above the limit (a u64, like agave)',
      { stake_distribution: { 0: '18446744073709551000', 1: 1000, 2: 1, 3: 1, 4: 1 } },
      'stake_distribution',
      'total stake 18446744073709552003 must be <= 18446744073709551615 (u64, as agave keeps it)',
    ],
    [
      'byzantine_validators of the wrong length',
      { byzantine_count: 1, byzantine_validators: [3, 4] },
      'byzantine_validators',
      'must list exactly byzantine_count (1) ids, got 2',
    ],
    [
      'a repeated id',
      { validators: 7, byzantine_count: 2, offline_count: 0, byzantine_validators: [3, 3] },
      'byzantine_validators',
      'must not repeat an id',
    ],
    [
      'an id outside the validator set',
      { validators: 5, offline_validators: [9] },
      'offline_validators',
      'ids 9 are not < validators (5)',
    ],
    [
      'a validator both Byzantine and offline',
      { byzantine_validators: [4], offline_validators: [4] },
      'offline_validators',
      'ids 4 are also Byzantine',
    ],
  ])('%s', (_name, raw, field, message) => {
    expect(problemsOf(raw)).toEqual([{ field, message }]);
  });

  it('reports every problem of a config at once', () => {
    const problems = problemsOf({ validators: 3, byzantine_count: 1, offline_count: 2, leader_offset: 3 });
    expect(problems.map((p) => p.field)).toEqual(['byzantine_count', 'byzantine_count', 'leader_offset']);
  });

  it('skips a rule over a badly typed field, and still runs every other rule', () => {
    // Arithmetic over "many" would be meaningless; the erasure and strategy rules do not read it.
    const problems = problemsOf({
      validators: 'many',
      byzantine_count: 9,
      erasure_coding: [5, 3],
      byzantine_strategy: 'nope',
      gst_ms: -1,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'validators',
      'gst_ms',
      'erasure_coding',
      'byzantine_strategy',
    ]);
  });

  it('reports a field rule even when another field has a type problem', () => {
    const problems = problemsOf({ leader_window_size: 0, erasure_coding: [5, 3], leader_offset: 99 });
    expect(problems).toEqual([
      { field: 'leader_window_size', message: 'must be an integer >= 1, got 0' },
      { field: 'erasure_coding', message: 'must be [k, n] with 1 <= k <= n, got [5, 3]' },
      { field: 'leader_offset', message: 'must be < validators (default 5)' },
    ]);
  });
});

describe('validateConfig: fast_path_threshold below slow_path_threshold', () => {
  const WHY =
    'a fast-finalization certificate must also prove notarization, so the fast path needs at least ' +
    'the stake of the slow path (white paper Table 6: 0.8 and 0.6); set "allow_fast_below_slow": true to run it anyway';

  it.each([
    [
      'both written',
      { fast_path_threshold: 0.5, slow_path_threshold: 0.9 },
      `fast_path_threshold (0.5) must be >= slow_path_threshold (0.9): ${WHY}`,
    ],
    [
      'fast defaulted',
      { slow_path_threshold: 0.9 },
      `fast_path_threshold (default 0.67) must be >= slow_path_threshold (0.9): ${WHY}`,
    ],
    [
      'slow defaulted',
      { fast_path_threshold: 0.5 },
      `fast_path_threshold (0.5) must be >= slow_path_threshold (default 0.51): ${WHY}`,
    ],
    [
      'one millionth below',
      { fast_path_threshold: 0.599999, slow_path_threshold: 0.6 },
      `fast_path_threshold (0.599999) must be >= slow_path_threshold (0.6): ${WHY}`,
    ],
  ])('refuses it, naming both fields and values: %s', (_name, raw, message) => {
    expect(problemsOf(raw)).toEqual([{ field: 'fast_path_threshold', message }]);
  });

  it.each([
    ['equal thresholds', { fast_path_threshold: 0.6, slow_path_threshold: 0.6 }],
    ['both at 1', { fast_path_threshold: 1, slow_path_threshold: 1 }],
    ['the white paper', { fast_path_threshold: 0.8, slow_path_threshold: 0.6 }],
  ])('accepts %s', (_name, raw) => {
    expect(problemsOf(raw)).toEqual([]);
  });

  it('runs it anyway with the explicit override, which the resolved config records', () => {
    const result = validateConfig({
      fast_path_threshold: 0.5,
      slow_path_threshold: 0.9,
      allow_fast_below_slow: true,
    });
    expect(result.ok && result.config.allow_fast_below_slow).toBe(true);
    expect(DEFAULT_CONFIG.allow_fast_below_slow).toBe(false);
  });

  it('refuses it when the override is false, and a badly typed override alone', () => {
    expect(
      problemsOf({ fast_path_threshold: 0.5, slow_path_threshold: 0.9, allow_fast_below_slow: false }).map(
        (p) => p.field,
      ),
    ).toEqual(['fast_path_threshold']);
    expect(
      problemsOf({ fast_path_threshold: 0.5, slow_path_threshold: 0.9, allow_fast_below_slow: 'yes' }),
    ).toEqual([{ field: 'allow_fast_below_slow', message: 'must be true or false, got "yes"' }]);
  });

  it('judges no order over a badly typed threshold', () => {
    expect(problemsOf({ fast_path_threshold: '0.5', slow_path_threshold: 0.9 })).toEqual([
      { field: 'fast_path_threshold', message: 'must be a number with 0 < value <= 1, got "0.5"' },
    ]);
  });
});

describe('validateConfig: numbers out of range (JSON.parse reads 1e400 as Infinity)', () => {
  const OUT = 'is out of range: the number is not finite (read as Infinity)';
  const OUT_NEGATIVE = 'is out of range: the number is not finite (read as -Infinity)';

  it.each([
    ['validators', '{"validators": 1e400}', 'validators', OUT],
    ['a threshold', '{"fast_path_threshold": 1e400}', 'fast_path_threshold', OUT],
    ['a negative one', '{"slow_path_threshold": -1e400}', 'slow_path_threshold', OUT_NEGATIVE],
    ['a nullable integer', '{"seed": 1e400}', 'seed', OUT],
    [
      'a stake',
      '{"stake_distribution": {"0": 1, "1": 1e400, "2": 1, "3": 1, "4": 1}}',
      'stake_distribution.1',
      OUT,
    ],
    ['an erasure_coding entry', '{"erasure_coding": [1, 1e400]}', 'erasure_coding[1]', OUT],
    ['an id in a list', '{"byzantine_validators": [1e400]}', 'byzantine_validators[0]', OUT],
  ])('%s: says so, naming the field (not "got null")', (_name, text, field, message) => {
    expect(problemsOf(JSON.parse(text))).toEqual([{ field, message }]);
  });

  it('an out-of-range number in an unknown field is just an unknown field', () => {
    expect(problemsOf(JSON.parse('{"validatorz": 1e400}'))).toEqual([
      { field: 'validatorz', message: 'unknown field (did you mean "validators"?)' },
    ]);
  });
});

describe('validateConfig: a problem about a field the file does not set says it was defaulted', () => {
  it.each([
    [
      'byzantine_count defaulted against validators',
      { validators: 3 },
      [['byzantine_count', 'byzantine_count (default 1) must be < validators (3) / 3']],
    ],
    [
      'both counts defaulted',
      { validators: 2 },
      [
        [
          'byzantine_count',
          'byzantine_count (default 1) + offline_count (default 1) must be < validators (2)',
        ],
        ['byzantine_count', 'byzantine_count (default 1) must be < validators (2) / 3'],
      ],
    ],
    [
      'validators defaulted',
      { byzantine_count: 2, offline_count: 0 },
      [['byzantine_count', 'byzantine_count (2) must be < validators (default 5) / 3']],
    ],
    ['leader_offset', { leader_offset: 5 }, [['leader_offset', 'must be < validators (default 5)']]],
    [
      'a stake key',
      { stake_distribution: { 0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 } },
      [['stake_distribution.5', 'is not a validator id: ids are 0..4 for validators (default 5)']],
    ],
    [
      'a missing stake',
      { stake_distribution: { 0: 1, 1: 1, 2: 1 } },
      [
        ['stake_distribution.3', 'is missing: each of validators (default 5) needs a stake'],
        ['stake_distribution.4', 'is missing: each of validators (default 5) needs a stake'],
      ],
    ],
    [
      'an id list against a defaulted count',
      { byzantine_validators: [3, 4] },
      [['byzantine_validators', 'must list exactly byzantine_count (default 1) ids, got 2']],
    ],
    [
      'an id against defaulted validators',
      { offline_validators: [9] },
      [['offline_validators', 'ids 9 are not < validators (default 5)']],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(problemsOf(raw)).toEqual(expected.map(([field, message]) => ({ field, message })));
  });
});
