import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from '../../../src/core/config/index.ts';

// The lossy-network extensions (issue 12, point 2): `message_loss`, a probability per message in
// [0, 1) with at most 6 decimals (it is used as parts per million), and `partition_mode`.

describe('config field message_loss', () => {
  it('defaults to 0 (no message is lost)', () => {
    expect(DEFAULT_CONFIG.message_loss).toBe(0);
    const result = validateConfig({});
    expect(result.ok && result.config.message_loss).toBe(0);
  });

  it.each([0, 0.01, 0.5, 0.999999])('accepts %d', (message_loss) => {
    const result = validateConfig({ message_loss });
    expect(result.ok && result.config.message_loss).toBe(message_loss);
  });

  it.each<[unknown, string]>([
    [1, 'must be a number with 0 <= value < 1, got 1'],
    [-0.1, 'must be a number with 0 <= value < 1, got -0.1'],
    ['0.1', 'must be a number with 0 <= value < 1, got "0.1"'],
    [null, 'must be a number with 0 <= value < 1, got null'],
    [0.1234567, 'must have at most 6 decimals, got 0.1234567'],
  ])('refuses %j with one line naming the field', (message_loss, message) => {
    const result = validateConfig({ message_loss });
    expect(result.ok ? [] : result.problems).toEqual([{ field: 'message_loss', message }]);
  });
});

describe('config field partition_mode', () => {
  it('defaults to "hold" (partitions delay messages until they heal)', () => {
    expect(DEFAULT_CONFIG.partition_mode).toBe('hold');
  });

  it.each(['hold', 'drop'])('accepts "%s"', (partition_mode) => {
    const result = validateConfig({ partition_mode });
    expect(result.ok && result.config.partition_mode).toBe(partition_mode);
  });

  it.each<[unknown, string]>([
    ['lose', '"lose"'],
    [true, 'true'],
  ])('refuses %j with one line naming the field and the allowed values', (partition_mode, shown) => {
    const result = validateConfig({ partition_mode });
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'partition_mode', message: `must be one of "hold", "drop", got ${shown}` },
    ]);
  });
});
