import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from '../../../src/core/config/index.ts';

// The standstill extensions (issue 12, point 3): `standstill_ms` (Δstandstill, at least one slot)
// and `standstill_rebroadcast` (the switch that turns the re-broadcast off).

describe('config fields standstill_ms and standstill_rebroadcast', () => {
  it("default to agave's 10 s (DELTA_STANDSTILL) and re-broadcast on", () => {
    expect([DEFAULT_CONFIG.standstill_ms, DEFAULT_CONFIG.standstill_rebroadcast]).toEqual([10_000, true]);
    const result = validateConfig({ standstill_ms: 400, standstill_rebroadcast: false });
    expect(result.ok && [result.config.standstill_ms, result.config.standstill_rebroadcast]).toEqual([
      400,
      false,
    ]);
  });

  it.each<[string, unknown, string]>([
    ['standstill_ms', 399, 'must be an integer >= 400, got 399'],
    ['standstill_ms', 1, 'must be an integer >= 400, got 1'],
    ['standstill_ms', 1500.5, 'must be an integer >= 400, got 1500.5'],
    ['standstill_ms', '10000', 'must be an integer >= 400, got "10000"'],
    ['standstill_rebroadcast', 'yes', 'must be true or false, got "yes"'],
  ])('refuses %s %j with one line naming the field', (field, value, message) => {
    const result = validateConfig({ [field]: value });
    expect(result.ok ? [] : result.problems).toEqual([{ field, message }]);
  });
});
