import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config-file.ts';
import { scenarioInputProblems } from '../../src/cli/preflight.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';

/**
 * Bad configs through the CLI's entry (launch.ts, as bin/alpenglow runs it, in this process):
 * every problem one line naming the field and the rule, exit 1, no stack trace, no report written.
 */
const BAD_CONFIGS: readonly { name: string; config: unknown; expected: string[] }[] = [
  {
    name: 'zero validators',
    config: { validators: 0 },
    expected: ['validators: must be an integer >= 1, got 0'],
  },
  {
    name: 'too many faulty validators',
    config: { validators: 4, byzantine_count: 1, offline_count: 3 },
    expected: ['byzantine_count: byzantine_count (1) + offline_count (3) must be < validators (4)'],
  },
  {
    name: 'Byzantine not below a third',
    config: { validators: 6, byzantine_count: 2, offline_count: 0 },
    expected: ['byzantine_count: byzantine_count (2) must be < validators (6) / 3'],
  },
  {
    name: 'unknown field with hint',
    config: { validator: 5 },
    expected: ['validator: unknown field (did you mean "validators"?)'],
  },
  {
    name: 'threshold above one',
    config: { fast_path_threshold: 1.5 },
    expected: ['fast_path_threshold: must be a number with 0 < value <= 1, got 1.5'],
  },
  {
    name: 'threshold zero',
    config: { slow_path_threshold: 0 },
    expected: ['slow_path_threshold: must be a number with 0 < value <= 1, got 0'],
  },
  {
    name: 'zero timeout',
    config: { timeout_ms: 0 },
    expected: ['timeout_ms: must be an integer >= 1, got 0'],
  },
  {
    name: 'zero depth',
    config: { exploration_depth: 0 },
    expected: ['exploration_depth: must be an integer >= 1, got 0'],
  },
  {
    name: 'fractional rounds',
    config: { max_rounds: 2.5 },
    expected: ['max_rounds: must be an integer >= 1, got 2.5'],
  },
  {
    name: 'wrong type',
    config: { network_partitions: 'yes' },
    expected: ['network_partitions: must be true or false, got "yes"'],
  },
  {
    name: 'erasure k > n',
    config: { erasure_coding: [5, 3] },
    expected: ['erasure_coding: must be [k, n] with 1 <= k <= n, got [5, 3]'],
  },
  {
    name: 'stake map missing a validator',
    config: { validators: 3, byzantine_count: 0, offline_count: 0, stake_distribution: { '0': 1, '1': 2 } },
    expected: ['stake_distribution.2: is missing: each of validators (3) needs a stake'],
  },
  {
    name: 'stake not a positive integer',
    config: { validators: 2, byzantine_count: 0, offline_count: 0, stake_distribution: { '0': 1.5, '1': 0 } },
    expected: [
      'stake_distribution.0: must be a positive integer (a JSON number up to 2^53 - 1, or a decimal string), got 1.5',
      'stake_distribution.1: must be a positive integer (a JSON number up to 2^53 - 1, or a decimal string), got 0',
    ],
  },
  {
    name: 'stake key not a validator',
    config: {
      validators: 2,
      byzantine_count: 0,
      offline_count: 0,
      stake_distribution: { '0': 1, '1': 1, '7': 1 },
    },
    expected: ['stake_distribution.7: is not a validator id: ids are 0..1 for validators (2)'],
  },
  {
    name: 'unknown strategy',
    config: { byzantine_strategy: 'evil' },
    expected: ['byzantine_strategy: must be one of'],
  },
  { name: 'not an object', config: [1, 2], expected: ['(config): must be a JSON object'] },
  {
    name: 'fast threshold below slow',
    config: { fast_path_threshold: 0.5, slow_path_threshold: 0.9 },
    expected: ['fast_path_threshold: fast_path_threshold (0.5) must be >= slow_path_threshold (0.9): '],
  },
  {
    name: 'a defaulted field against a written one',
    config: { validators: 3 },
    expected: ['byzantine_count: byzantine_count (default 1) must be < validators (3) / 3'],
  },
  {
    name: 'several problems at once',
    config: { validators: 0, timeout_ms: -1, colour: 'red' },
    expected: [
      'colour: unknown field',
      'validators: must be an integer >= 1',
      'timeout_ms: must be an integer >= 1',
    ],
  },
];

/** Every character a terminal shows as nothing: controls, format characters (BOM, zero-width), odd spaces. */
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const INVISIBLE_EXCEPT_NEWLINE = /(?!\n)[\p{C}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const CONFIGS = fileURLToPath(new URL('../../configs', import.meta.url));

/** Config texts whose problem JSON.parse hides or garbles; `cli` ones also go through ./bin/alpenglow. */
const TEXT_CONFIGS: readonly { name: string; text: string; expected: string[]; cli?: boolean }[] = [
  {
    name: 'a number out of range',
    text: '{"validators": 1e400}',
    expected: ['validators: is out of range: the number is not finite (read as Infinity)'],
    cli: true,
  },
  {
    name: 'a stake out of range',
    text: '{"validators": 2, "byzantine_count": 0, "offline_count": 0, "stake_distribution": {"0": 1, "1": -1e400}}',
    expected: ['stake_distribution.1: is out of range: the number is not finite (read as -Infinity)'],
  },
  {
    name: 'a byte order mark before a bad field',
    text: '\ufeff{"validators": 0}',
    expected: ['validators: must be an integer >= 1, got 0'],
    cli: true,
  },
  {
    name: 'two byte order marks',
    text: '\ufeff\ufeff{"validators": 5}',
    expected: [`not valid JSON (Unexpected token '\\ufeff', "\\ufeff{"validators": 5}" is not valid JSON)`],
  },
  {
    name: 'an invisible character in a field name',
    text: '{"\u200bvalidators": 5}',
    expected: ['\\u200bvalidators: unknown field (did you mean "validators"?)'],
  },
  {
    name: 'a duplicate key',
    text: '{\n  "validators": 5,\n  "seed": 1,\n  "validators": 7\n}',
    expected: ['duplicate key "validators" at $ (line 4; first at line 2)'],
    cli: true,
  },
  {
    name: 'a duplicate nested key and another problem',
    text: '{"validators": 2, "byzantine_count": 0, "offline_count": 0,\n "stake_distribution": {"0": 1, "1": 1,\n "1": 2}, "timeout_ms": 0}',
    expected: [
      'duplicate key "1" at $.stake_distribution (line 3; first at line 2)',
      'timeout_ms: must be an integer >= 1, got 0',
    ],
  },
  {
    name: 'a value nested 100000 deep (JSON.parse reads it; printing it must not overflow the stack)',
    text: `{"stake_distribution": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    expected: ['stake_distribution: must be null or an object mapping validator id to stake, got [...]'],
  },
  {
    name: 'fast threshold below slow',
    text: '{"fast_path_threshold": 0.5, "slow_path_threshold": 0.9}',
    expected: [
      'fast_path_threshold: fast_path_threshold (0.5) must be >= slow_path_threshold (0.9): a fast-finalization ' +
        'certificate must also prove notarization, so the fast path needs at least the stake of the slow path ' +
        '(white paper Table 6: 0.8 and 0.6); set "allow_fast_below_slow": true to run it anyway',
    ],
    cli: true,
  },
];

describe('config validation through the CLI', () => {
  const dir = tempDir();
  const fileOf = (name: string, config: unknown) =>
    writeConfig(dir, `${name.replace(/\W+/g, '_')}.json`, config);

  // Every bad config, through the function the CLI calls on its main thread before any run
  // (src/cli/preflight.ts): the same lines the CLI prints after `error: `. A few go through
  // the CLI's entry below (exit code, stderr, no stack trace, no report written).
  it.each(BAD_CONFIGS)('$name', ({ name, config, expected }) => {
    const file = fileOf(name, config);
    const lines = scenarioInputProblems('safety_properties', [
      '--config',
      file,
      '--output',
      join(dir, 'r.json'),
    ]);
    for (const e of expected)
      expect(
        lines.some((l) => l.includes(`config ${file}: ${e}`)),
        lines.join('\n'),
      ).toBe(true);
    expect(lines).toHaveLength(expected.length);
  });

  it.each(BAD_CONFIGS.filter((_, i) => i % 6 === 0))(
    'through the CLI entry: $name',
    async ({ name, config, expected }) => {
      const file = fileOf(`cli ${name}`, config);
      const output = join(dir, `${name.replace(/\W+/g, '_')}.report.json`);
      const r = await runInProcess([
        'safety_properties',
        '--config',
        file,
        '--output',
        output,
        '--runs',
        '1',
      ]);
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      for (const e of expected)
        expect(
          lines.some((l) => l.startsWith(`error: config ${file}: ${e}`)),
          r.stderr,
        ).toBe(true);
      expect(lines).toHaveLength(expected.length);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(output)).toBe(false);
    },
  );

  // Problems only the file's text shows (JSON.parse hides them): one line each, naming the field.
  it.each(TEXT_CONFIGS)('$name', ({ name, text, expected }) => {
    const file = writeConfig(dir, `text_${name.replace(/\W+/g, '_')}.json`, text);
    const lines = scenarioInputProblems('safety_properties', [
      '--config',
      file,
      '--output',
      join(dir, 'r.json'),
    ]);
    expect(lines, lines.join('\n')).toEqual(expected.map((e) => `config ${file}: ${e}`));
    for (const line of lines) expect(line).not.toMatch(INVISIBLE);
  });

  it.each(TEXT_CONFIGS.filter((c) => c.cli))(
    'through the CLI entry: $name',
    async ({ name, text, expected }) => {
      const file = writeConfig(dir, `cli_text_${name.replace(/\W+/g, '_')}.json`, text);
      const output = join(dir, `cli_text_${name.replace(/\W+/g, '_')}.report.json`);
      const r = await runInProcess([
        'safety_properties',
        '--config',
        file,
        '--output',
        output,
        '--runs',
        '1',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual(expected.map((e) => `error: config ${file}: ${e}`));
      expect(r.stderr).not.toMatch(INVISIBLE_EXCEPT_NEWLINE);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout).toBe('');
      expect(existsSync(output)).toBe(false);
    },
  );

  it('reads a config that starts with a UTF-8 byte order mark', () => {
    const file = writeConfig(
      dir,
      'bom-ok.json',
      '\ufeff{"validators": 7, "byzantine_count": 2, "offline_count": 0}',
    );
    expect(loadConfig(file).validators).toBe(7);
  });

  it('runs fast below slow with the explicit override, and records it', () => {
    const file = writeConfig(dir, 'override.json', {
      fast_path_threshold: 0.5,
      slow_path_threshold: 0.9,
      allow_fast_below_slow: true,
    });
    expect(loadConfig(file).allow_fast_below_slow).toBe(true);
  });

  it.each(readdirSync(CONFIGS).filter((f) => f.endsWith('.json')))('configs/%s is valid', (name) => {
    expect(() => loadConfig(join(CONFIGS, name))).not.toThrow();
  });

  it('reports malformed JSON in one line', async () => {
    const file = writeConfig(dir, 'broken.json', '{"validators": 5,');
    const r = await runInProcess(['safety_properties', '--config', file, '--output', join(dir, 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`config ${file}: not valid JSON`);
  });

  it('reports a missing file in one line', async () => {
    const r = await runInProcess(['safety_properties', '--config', join(dir, 'nope.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read \(no such file\)/);
  });
});
