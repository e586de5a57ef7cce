import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../../helpers/cli.ts';

const SHARED = new URL('../../../../shared/data/mainnet-epoch780-validators.csv', import.meta.url).pathname;

/** The largest `n` validators of the epoch-780 set, as a CSV of the same columns. */
function smallSet(dir: string, n: number): string {
  const lines = readFileSync(SHARED, 'utf8').trim().split('\n');
  const path = join(dir, `top${n}.csv`);
  writeFileSync(path, `${[lines[0], ...lines.slice(1, n + 1)].join('\n')}\n`);
  return path;
}

describe.skipIf(!existsSync(SHARED))('alpenglow latency', () => {
  it('writes p1…p100 split into the paper’s four stages, the SVG, and prints slots per second', async () => {
    const dir = tempDir();
    const out = join(dir, 'lat.json');
    const svg = join(dir, 'lat.svg');
    const r = await runInProcess([
      'latency',
      '--validator-set',
      smallSet(dir, 12),
      '--slots',
      '4',
      '--output',
      out,
      '--svg',
      svg,
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/median \(p50\) \d+\.\d ms/);
    expect(r.stdout).toMatch(/\d+\.\d{3} slots\/s/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.validators).toBe(12);
    expect(report.percentiles).toHaveLength(100);
    expect(report.slots_counted).toBe(4);
    let last = 0;
    for (const row of report.percentiles) {
      const sum = row.network_ms + row.rotor_ms + row.notarization_ms + row.finalization_ms;
      expect(sum).toBeCloseTo(row.total_ms, 1);
      expect(row.total_ms).toBeGreaterThanOrEqual(last); // a percentile never comes before a smaller one
      last = row.total_ms;
    }
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg xmlns/);
  });

  it('judges safety when the largest validators act Byzantine', async () => {
    const dir = tempDir();
    const out = join(dir, 'attack.json');
    const r = await runInProcess([
      'latency',
      '--validator-set',
      smallSet(dir, 12),
      '--slots',
      '8',
      '--leader',
      '0,5',
      '--byzantine-top-stake',
      '0.199',
      '--output',
      out,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.attack.byzantine_ids.length).toBeGreaterThan(0);
    expect(report.attack.byzantine_stake_share).toBeLessThanOrEqual(0.199);
    expect(Object.keys(report.attack.safety).length).toBeGreaterThan(10);
    expect(r.stdout).toMatch(/attack: \d+ validators/);
  });

  it('refuses bad flags one line each, naming the flag, and writes nothing', async () => {
    const dir = tempDir();
    const out = join(dir, 'x.json');
    const r = await runInProcess([
      'latency',
      '--leader',
      'zurich',
      '--rotor',
      'fast',
      '--byzantine-top-stake',
      '0.3.',
      '--output',
      out,
    ]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^error: --validator-set: required/),
      expect.stringMatching(/^error: --rotor: must be authors or config/),
      expect.stringMatching(/^error: --leader: must be random or validator ranks/),
      expect.stringMatching(/^error: --byzantine-top-stake: must be a fraction/),
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a leader rank outside the set', async () => {
    const dir = tempDir();
    const r = await runInProcess([
      'latency',
      '--validator-set',
      smallSet(dir, 5),
      '--leader',
      '7',
      '--output',
      join(dir, 'x.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--leader: rank 7 is not in the set \(ranks 0\.\.4\)/);
  });
});

describe('alpenglow latency: files and bounds', () => {
  it('refuses an output that is the input or the other output, and too many slots', async () => {
    const dir = tempDir();
    const set = join(dir, 'set.csv');
    writeFileSync(set, 'rank,identity,active_stake_lamports,latitude,longitude,data_center,delinquent\n');
    const out = join(dir, 'same.json');
    const r = await runInProcess([
      'latency',
      '--validator-set',
      set,
      '--output',
      set,
      '--svg',
      out,
      '--slots',
      '100001',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'error: --output: is the --validator-set file (it would be overwritten)',
      'error: --slots: must be <= 100000, got 100001',
    ]);
    const both = await runInProcess(['latency', '--validator-set', set, '--output', out, '--svg', out]);
    expect(both.stderr).toContain('error: --svg: is the --output file (give two files)');
    expect(readFileSync(set, 'utf8')).toMatch(/^rank,identity/); // untouched
  });
});

describe('alpenglow latency under attack: the 20 % bound', () => {
  // Stakes 201, 200, 200, 200, 199 (of 1,000). At 0.199 the Byzantine set is validator 4 (19.9 %):
  // the correct halves (401, 400) plus 199 cannot both reach 600. At 0.201 it is validator 0
  // (20.1 %): halves of 400 and 399 plus 201 both do, so both versions are notarized.
  const csv = [
    'rank,identity,active_stake_lamports,latitude,longitude,data_center,delinquent',
    ...[201, 200, 200, 200, 199].map((s, i) => `${i},v${i},${s},50.11,8.68,dc-${i},false`),
  ].join('\n');
  async function attack(fraction: string, leaders: string) {
    const dir = tempDir();
    const set = join(dir, 'five.csv');
    writeFileSync(set, `${csv}\n`);
    const out = join(dir, 'a.json');
    const args = ['--slots', '8', '--leader', leaders, '--byzantine-top-stake', fraction, '--output', out];
    const r = await runInProcess(['latency', '--validator-set', set, ...args]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')).attack;
  }

  it('19.9 %: every safety property holds and every correct node finalizes the last slot', async () => {
    const a = await attack('0.199', '4,1');
    expect(a.byzantine_ids).toEqual([4]);
    expect(Object.values(a.safety).filter((v) => v !== null)).toEqual([]);
    expect(a.finalized_by_every_correct_node).toBe(8);
  });

  it('20.1 %: the equivocating leader gets conflicting finalizations', async () => {
    const a = await attack('0.201', '0,1');
    expect(a.byzantine_ids).toEqual([0]);
    expect(a.safety.NoConflictingFinalization).toMatch(/finalized/);
  });
});
