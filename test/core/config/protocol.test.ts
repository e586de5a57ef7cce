import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from '../../../src/core/config/index.ts';

// The `protocol` extension (issue 12): which variant of Votor the model runs. The default is the
// white paper, so a config written before the field existed means what it meant then.

describe('config field protocol', () => {
  it('defaults to "whitepaper"', () => {
    expect(DEFAULT_CONFIG.protocol).toBe('whitepaper');
    const result = validateConfig({});
    expect(result.ok && result.config.protocol).toBe('whitepaper');
  });

  it.each(['whitepaper', 'agave'])('accepts "%s" and keeps it in the resolved config', (protocol) => {
    const result = validateConfig({ protocol });
    expect(result.ok && result.config.protocol).toBe(protocol);
  });

  it.each<[unknown, string]>([
    ['Agave', '"Agave"'],
    ['paper', '"paper"'],
    [5, '5'],
    [null, 'null'],
  ])('refuses %j with one line naming the field and the allowed values', (protocol, shown) => {
    const result = validateConfig({ protocol });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'protocol', message: `must be one of "whitepaper", "agave", got ${shown}` },
    ]);
  });
});
