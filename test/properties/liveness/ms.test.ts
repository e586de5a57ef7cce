import { describe, expect, it } from 'vitest';
import { ms } from '../../../properties/liveness/ms.ts';

describe('ms', () => {
  it('rounds simulated times to hundredths of a millisecond', () => {
    expect(ms(6462.2880000000005)).toBe('6462.29 ms');
    expect(ms(400)).toBe('400 ms');
    expect(ms(0.004)).toBe('0 ms');
  });
});
