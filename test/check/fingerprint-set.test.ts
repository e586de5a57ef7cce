import { describe, expect, it } from 'vitest';
import { FingerprintSet } from '../../src/check/fingerprint-set.ts';
import { hash64 } from '../../src/check/hash64.ts';

describe('hash64', () => {
  it('is deterministic and sensitive to every character and to length', () => {
    const out = new Uint32Array(6);
    hash64('abc', out, 0);
    hash64('abc', out, 2);
    hash64('abd', out, 4);
    expect([out[0], out[1]]).toEqual([out[2], out[3]]);
    expect([out[0], out[1]]).not.toEqual([out[4], out[5]]);
    const h = (s: string) => {
      hash64(s, out);
      return `${out[0]}:${out[1]}`;
    };
    expect(new Set(['', '\0', '\0\0', 'a', 'a\0', 'ab', 'ba']).size).toBe(7);
    expect(new Set(['', '\0', '\0\0', 'a', 'a\0', 'ab', 'ba'].map(h)).size).toBe(7);
  });

  it('spreads both halves evenly (each bit set about half the time)', () => {
    const out = new Uint32Array(2);
    const ones = new Array<number>(64).fill(0);
    const samples = 20_000;
    for (let i = 0; i < samples; i++) {
      hash64(`state-${i}`, out);
      for (let b = 0; b < 32; b++) {
        ones[b]! += ((out[0] as number) >>> b) & 1;
        ones[32 + b]! += ((out[1] as number) >>> b) & 1;
      }
    }
    for (const count of ones) expect(Math.abs(count / samples - 0.5)).toBeLessThan(0.03);
  });
});

describe('FingerprintSet', () => {
  it('grows from 16 slots to hold two million distinct fingerprints without a false merge', () => {
    const set = new FingerprintSet(16);
    const out = new Uint32Array(2);
    const n = 2_000_000;
    let merged = 0;
    for (let i = 0; i < n; i++) {
      hash64(`{"nodes":[${i % 977}],"net":"${i}"}`, out);
      if (!set.add(out[0] as number, out[1] as number)) merged++;
    }
    expect(merged).toBe(0);
    expect(set.size).toBe(n);
    expect(set.capacity).toBeGreaterThanOrEqual(n);
    let again = 0;
    for (let i = 0; i < n; i += 997) {
      hash64(`{"nodes":[${i % 977}],"net":"${i}"}`, out);
      if (set.add(out[0] as number, out[1] as number)) again++;
    }
    expect(again).toBe(0);
    hash64('never added', out);
    expect(set.has(out[0] as number, out[1] as number)).toBe(false);
  });

  it('agrees with a Set on clustered keys that collide in the low bits', () => {
    const set = new FingerprintSet(16);
    const reference = new Set<string>();
    // Same low half, high halves differing only above the index bits: long probe chains.
    for (let i = 0; i < 5000; i++) {
      const hi = (i * 65536) >>> 0;
      const lo = i % 7;
      expect(set.add(hi, lo)).toBe(!reference.has(`${hi}:${lo}`));
      reference.add(`${hi}:${lo}`);
    }
    expect(set.size).toBe(reference.size);
    expect(set.has(65536 * 3, 3)).toBe(true);
    expect(set.has(65536 * 3, 4)).toBe(false);
  });

  it('stores the zero fingerprint (remapped away from the empty marker)', () => {
    const set = new FingerprintSet();
    expect(set.has(0, 0)).toBe(false);
    expect(set.add(0, 0)).toBe(true);
    expect(set.has(0, 0)).toBe(true);
    expect(set.add(0, 0)).toBe(false);
    expect(set.add(1, 0)).toBe(true);
  });
});
