import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config-file.ts';
import { InputError } from '../../src/cli/errors.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';

// A real validator set as config input (issue 15 point 2), through the CLI's config loading. The
// epoch-780 set is not copied into the repository: it is read where the workplace keeps it.

const EPOCH780 = fileURLToPath(
  new URL('../../../shared/data/mainnet-epoch780-validators.csv', import.meta.url),
);
const CONFIGS = fileURLToPath(new URL('../../configs', import.meta.url));
const present = existsSync(EPOCH780);
if (!present) console.warn(`skipping the epoch-780 tests: ${EPOCH780} is absent (it is in ../shared/data)`);

/** The problems loadConfig reports, one per line. */
function loadProblems(path: string): string[] {
  try {
    loadConfig(path);
    return [];
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
}

describe.runIf(present)('the epoch-780 validator set', () => {
  it('loads through the config path with its exact total stake (the column summed here as bigint)', () => {
    const dir = tempDir();
    const file = writeConfig(dir, 'c.json', {
      validator_set: EPOCH780,
      byzantine_count: 0,
      offline_count: 0,
    });
    const config = loadConfig(file);
    const rows = readFileSync(EPOCH780, 'utf8').trim().split('\n').slice(1);
    const column = rows.map((r) => r.split(',')[2] as string);
    const total = column.reduce((sum, s) => sum + BigInt(s), 0n);
    expect(total).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER)); // as doubles it would not be exact
    const cfg = buildModelConfig(config);
    expect(config.validators).toBe(1292);
    expect(cfg.totalStake).toBe(total);
    expect(cfg.stakes[0]).toBe(13_780_932_133_472_796n);
    expect(cfg.stakes.map(String)).toEqual(column);
    expect(config.validator_locations?.[0]).toEqual({
      lat_deg: 50.1957,
      lon_deg: 8.6805,
      data_center: '20326-DE-Frankfurt am Main',
    });
    expect(config.validator_locations?.filter((l) => l === null)).toHaveLength(7);
    expect(config.validator_set).toBeNull(); // resolved: the config is complete without the file
  });

  it('configs/mainnet-epoch780.json validates (its path is relative to configs/)', () => {
    const config = loadConfig(join(CONFIGS, 'mainnet-epoch780.json'));
    expect(config.validators).toBe(1292);
    expect(config.stake_distribution?.['0']).toBe('13780932133472796');
    expect(config.stake_distribution?.['1291']).toBe(1_752_107);
  });
});

describe('validator_set in a config', () => {
  const dir = tempDir();
  const set =
    'rank,identity,active_stake_lamports,latitude,longitude,data_center,delinquent\n0,A,30,1,2,dc,false\n1,B,20,,,dc,true\n2,C,10,3,4,dc2,false\n';
  writeConfig(dir, 'set.csv', set);

  it('resolves a relative path against the config file, not the working directory', () => {
    const config = loadConfig(
      writeConfig(dir, 'rel.json', { validator_set: 'set.csv', byzantine_count: 0, offline_count: 0 }),
    );
    expect(config.validators).toBe(3);
    expect(config.stake_distribution).toEqual({ '0': 30, '1': 20, '2': 10 });
    expect(config.validator_locations).toEqual([
      { lat_deg: 1, lon_deg: 2, data_center: 'dc' },
      null,
      { lat_deg: 3, lon_deg: 4, data_center: 'dc2' },
    ]);
    expect(config.stake_unit_lamports).toBe(1);
  });

  it('refuses validators, stake_distribution or validator_locations beside it, naming the fields', () => {
    const file = writeConfig(dir, 'both.json', {
      validator_set: 'set.csv',
      validators: 3,
      stake_distribution: null,
    });
    expect(loadProblems(file)).toEqual([
      `config ${file}: validators: cannot be given with validator_set (the file gives the validators, their stakes and locations)`,
      `config ${file}: stake_distribution: cannot be given with validator_set (the file gives the validators, their stakes and locations)`,
    ]);
  });

  it('names a file it cannot read', () => {
    const file = writeConfig(dir, 'missing.json', { validator_set: 'nope.csv' });
    expect(loadProblems(file)).toEqual([
      `config ${file}: validator_set ${join(dir, 'nope.csv')}: cannot read (no such file)`,
    ]);
  });

  it('through the CLI: bad rows one line each, exit 1, no stack, no report', async () => {
    writeConfig(dir, 'bad.csv', set.replace('0,A,30', '0,A,abc').replace('2,C,10', '3,C,10'));
    const file = writeConfig(dir, 'bad.json', { validator_set: 'bad.csv' });
    const output = join(dir, 'bad.report.json');
    const r = await runInProcess(['safety_properties', '--config', file, '--output', output, '--runs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `error: config ${file}: validator_set line 2: active_stake_lamports "abc" is not an integer`,
      `error: config ${file}: validator_set line 4: rank "3" must be 2 (ranks are 0..n-1 in file order: id i is rank i)`,
    ]);
    expect(existsSync(output)).toBe(false);
  });
});

describe('a lamport stake as a JSON number above 2^53', () => {
  it('is refused through the CLI in one line that says to quote it: exit 1, no stack, no report', async () => {
    const dir = tempDir();
    const text =
      '{"validators": 2, "byzantine_count": 0, "offline_count": 0, "stake_distribution": {"0": 13780932133472797, "1": 5}}';
    const file = writeConfig(dir, 'big.json', text);
    const output = join(dir, 'r.json');
    const r = await runInProcess(['safety_properties', '--config', file, '--output', output, '--runs', '1']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^error: config ${file}: stake_distribution\\.0: .*above 2\\^53 - 1.*quote it as a decimal string`,
      ),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
  });
});
