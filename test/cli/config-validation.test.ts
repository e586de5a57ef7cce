import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioInputProblems } from '../../src/cli/preflight.ts';
import { runCli, tempDir, writeConfig } from '../helpers/cli.ts';

/**
 * Bad configs through the real CLI: every problem one line naming the field and the rule, exit 1,
 * no stack trace, no report written.
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
    expected: ['byzantine_count: byzantine_count + offline_count must be < validators (4)'],
  },
  {
    name: 'Byzantine not below a third',
    config: { validators: 6, byzantine_count: 2, offline_count: 0 },
    expected: ['byzantine_count: must be < validators / 3 (6/3), got 2'],
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
    expected: ['stake_distribution.2: is missing (every validator needs a stake)'],
  },
  {
    name: 'stake not a positive integer',
    config: { validators: 2, byzantine_count: 0, offline_count: 0, stake_distribution: { '0': 1.5, '1': 0 } },
    expected: [
      'stake_distribution.0: must be a positive integer, got 1.5',
      'stake_distribution.1: must be a positive integer, got 0',
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
    expected: ['stake_distribution.7: is not a validator id (0..1)'],
  },
  {
    name: 'unknown strategy',
    config: { byzantine_strategy: 'evil' },
    expected: ['byzantine_strategy: must be one of'],
  },
  { name: 'not an object', config: [1, 2], expected: ['(config): must be a JSON object'] },
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

describe('config validation through the CLI', () => {
  const dir = tempDir();
  const fileOf = (name: string, config: unknown) =>
    writeConfig(dir, `${name.replace(/\W+/g, '_')}.json`, config);

  // Every bad config, through the function the CLI calls on its main thread before any run
  // (src/cli/preflight.ts): the same lines the CLI prints after `error: `. A few go through
  // the real CLI below (exit code, stderr, no stack trace, no report written).
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
    'through the real CLI: $name',
    async ({ name, config, expected }) => {
      const file = fileOf(`cli ${name}`, config);
      const output = join(dir, `${name.replace(/\W+/g, '_')}.report.json`);
      const r = await runCli(['safety_properties', '--config', file, '--output', output, '--runs', '1']);
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

  it('reports malformed JSON in one line', async () => {
    const file = writeConfig(dir, 'broken.json', '{"validators": 5,');
    const r = await runCli(['safety_properties', '--config', file, '--output', join(dir, 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`config ${file}: not valid JSON`);
  });

  it('reports a missing file in one line', async () => {
    const r = await runCli(['safety_properties', '--config', join(dir, 'nope.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read \(no such file\)/);
  });
});
