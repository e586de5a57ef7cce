import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/config/index.ts';
import { buildModelConfig } from '../../../src/model/config.ts';

// stake_distribution at lamport scale (issue 15 point 1): safe JSON integers or decimal strings,
// exact as bigint in the model; a number JSON.parse may already have rounded is refused, never used.

const three = (stakes: Record<string, unknown>) => ({
  validators: 3,
  byzantine_count: 0,
  offline_count: 0,
  stake_distribution: stakes,
});

function problems(raw: unknown): string[] {
  const r = validateConfig(raw);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
}

describe('stake_distribution values', () => {
  it('takes decimal strings beyond 2^53 exactly, and safe integers, into bigint stakes', () => {
    const r = validateConfig(three({ '0': '13780932133472796', '1': '12396545643893238', '2': 5 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cfg = buildModelConfig(r.config);
    expect(cfg.stakes).toEqual([13_780_932_133_472_796n, 12_396_545_643_893_238n, 5n]);
    expect(cfg.totalStake).toBe(26_177_477_777_366_039n);
  });

  it('resolves each stake to a JSON number while exact, a string otherwise (the report prints that)', () => {
    const r = validateConfig(three({ '0': '30', '1': '9007199254740992', '2': 9_007_199_254_740_991 }));
    expect(r.ok && r.config.stake_distribution).toEqual({
      '0': 30,
      '1': '9007199254740992',
      '2': 9_007_199_254_740_991,
    });
  });

  it('refuses a JSON number above 2^53 - 1 with a message that says to quote it', () => {
    // 13780932133472797 is read by JSON.parse as 13780932133472796: the last lamport is gone.
    const raw = JSON.parse(
      '{"validators": 3, "byzantine_count": 0, "offline_count": 0, "stake_distribution": {"0": 13780932133472797, "1": 1, "2": 1e16}}',
    );
    const lines = problems(raw);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^stake_distribution\.0: .*above 2\^53 - 1.*quote it as a decimal string/);
    expect(lines[0]).toContain('"13780932133472796"');
    expect(lines[1]).toMatch(/^stake_distribution\.2: .*quote it/);
  });

  it.each([
    ['abc', '"abc"'],
    ['0', '"0"'],
    ['-5', '"-5"'],
    ['1.5', '"1.5"'],
    ['007', '"007"'],
    [' 7', '" 7"'],
    [0, '0'],
    [-3, '-3'],
    [1.5, '1.5'],
    [true, 'true'],
  ])('refuses %j as a stake', (value, shown) => {
    expect(problems(three({ '0': value, '1': 1, '2': 1 }))).toEqual([
      `stake_distribution.0: must be a positive integer (a JSON number up to 2^53 - 1, or a decimal string), got ${shown}`,
    ]);
  });

  it('bounds the total by u64 like agave, exactly (one lamport over is refused)', () => {
    const max = 18_446_744_073_709_551_615n;
    expect(problems(three({ '0': String(max - 2n), '1': 1, '2': 1 }))).toEqual([]);
    expect(problems(three({ '0': String(max - 1n), '1': 1, '2': 1 }))).toEqual([
      'stake_distribution: total stake 18446744073709551616 must be <= 18446744073709551615 (u64, as agave keeps it)',
    ]);
    // A string too long for any u64 is refused alone, not as a 1,000-digit bigint.
    expect(problems(three({ '0': '9'.repeat(1000), '1': 1, '2': 1 }))[0]).toMatch(
      /^stake_distribution\.0: must be <= 18446744073709551615/,
    );
  });
});
