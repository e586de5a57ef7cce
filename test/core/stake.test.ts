import { describe, expect, it } from 'vitest';
import { AssertionFailure } from '../../src/core/assert.ts';
import { LIMITS } from '../../src/core/limits.ts';
import {
  exceedsPpm,
  fractionToPpm,
  meetsPpm,
  quorumStake,
  stakeToJson,
  sumStake,
} from '../../src/core/stake.ts';

// Reference §1: a set of votes meets a threshold when `sum * 1e6 >= total * ppm` ("at least"),
// computed on integers. quorumStake precomputes the smallest such sum.

describe('quorumStake: the smallest integer stake q with q * 1e6 >= total * ppm', () => {
  it.each([
    // [totalStake, ppm, expectedQuorum, why]
    [5, 600_000, 3, '5 x 60% = 3 exactly: the threshold itself counts'],
    [5, 800_000, 4, '5 x 80% = 4 exactly'],
    [5, 400_000, 2, '5 x 40% = 2 exactly (S - f)'],
    [5, 200_000, 1, '5 x 20% = 1 exactly (f)'],
    [7, 600_000, 5, '7 x 60% = 4.2: rounded up, 4 is not enough'],
    [7, 800_000, 6, '7 x 80% = 5.6: rounded up'],
    [100, 670_000, 67, '100 x 67% = 67 exactly'],
    [3, 666_667, 3, '3 x 0.666667 = 2.000001: 2 falls short by a millionth'],
    [3, 666_666, 2, '3 x 0.666666 = 1.999998: 2 is enough'],
    [10, 0, 0, 'a zero threshold needs no stake'],
    [1, 1_000_000, 1, '100% of 1'],
    [9_000_000_000, 1_000_000, 9_000_000_000, 'the old limit, 100%'],
  ])('total %i at %i ppm needs %i (%s)', (total, ppm, expected) => {
    expect(quorumStake(BigInt(total), ppm)).toBe(BigInt(expected));
  });

  it('is exact for lamport totals beyond 2^53 (epoch 780: 3.9e17) and at the u64 limit', () => {
    // 389,812,284,416,434,197 lamports at 60%: 233,887,370,649,860,518.2 rounds up.
    expect(quorumStake(389_812_284_416_434_197n, 600_000)).toBe(233_887_370_649_860_519n);
    expect(quorumStake(LIMITS.maxTotalStake, 1_000_000)).toBe(18_446_744_073_709_551_615n);
    // As doubles, 2^53 + 1 at 100% would come out as 2^53: bigint keeps the last lamport.
    expect(quorumStake(9_007_199_254_740_993n, 1_000_000)).toBe(9_007_199_254_740_993n);
  });

  // Large, awkward totals, where a float `Math.ceil(total * 0.600001)` can land one off the exact
  // ceiling. Checked against the definition itself, in bigint, rather than a copied number.
  it.each([
    [8_999_999_999, 600_001],
    [8_999_999_999, 999_999],
    [7_777_777_777, 333_333],
    [123_456_789, 670_000],
    [389_812_284_416_434_197n, 666_667],
    [18_446_744_073_709_551_615n, 333_333],
  ])('total %s at %i ppm is the exact ceiling', (total, ppm) => {
    const q = quorumStake(BigInt(total), ppm);
    const needed = BigInt(total) * BigInt(ppm);
    expect(q * 1_000_000n >= needed).toBe(true);
    expect((q - 1n) * 1_000_000n < needed).toBe(true);
  });

  it.each([
    [0, 600_000, 'zero total'],
    [-5, 600_000, 'negative total'],
    [18_446_744_073_709_551_616n, 600_000, 'total above LIMITS.maxTotalStake (u64)'],
    [5, -1, 'negative ppm'],
    [5, 1_000_001, 'ppm above 100%'],
    [5, 600_000.5, 'fractional ppm'],
  ] as [bigint | number, number, string][])('refuses total %s at %s ppm (%s)', (total, ppm) => {
    expect(() => quorumStake(BigInt(total), ppm)).toThrow(AssertionFailure);
  });
});

describe('fractionToPpm', () => {
  it.each([
    [0.6, 600_000],
    [0.8, 800_000],
    [0.67, 670_000],
    [0.51, 510_000],
    [1, 1_000_000],
    [0.000001, 1],
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; it still means 30%.
    [0.1 + 0.2, 300_000],
  ])('%d is %i ppm', (fraction, ppm) => {
    expect(fractionToPpm(fraction)).toBe(ppm);
  });

  it.each([[0.1234567], [2 / 3], [0.0000005]])('refuses %d (more than 6 decimals)', (fraction) => {
    expect(() => fractionToPpm(fraction)).toThrow(/more than 6 decimals/);
  });
});

describe('meetsPpm (>=) and exceedsPpm (>)', () => {
  it.each([
    // [stake, total, ppm, meets, exceeds]
    [3, 5, 600_000, true, false],
    [2, 5, 600_000, false, false],
    [4, 5, 600_000, true, true],
    [60, 100, 600_000, true, false],
    [59, 100, 600_000, false, false],
    [61, 100, 600_000, true, true],
    [5, 7, 600_000, true, true],
    [4, 7, 600_000, false, false],
    [0, 7, 0, true, false],
  ])('%i of %i against %i ppm: meets=%s exceeds=%s', (stake, total, ppm, meets, exceeds) => {
    expect(meetsPpm(BigInt(stake), BigInt(total), ppm)).toBe(meets);
    expect(exceedsPpm(BigInt(stake), BigInt(total), ppm)).toBe(exceeds);
  });

  it('agrees with quorumStake at and just below the quorum', () => {
    for (const [total, ppm] of [
      [7, 600_000],
      [100, 800_000],
      [3, 666_667],
      [1_000_003n, 510_000],
      [389_812_284_416_434_197n, 800_000],
    ] as const) {
      const q = quorumStake(BigInt(total), ppm);
      expect(meetsPpm(q, BigInt(total), ppm)).toBe(true);
      expect(meetsPpm(q - 1n, BigInt(total), ppm)).toBe(false);
    }
  });
});

describe('sumStake', () => {
  it('adds the stakes of the members, each as often as listed', () => {
    expect(sumStake([10n, 20n, 30n], [0, 2])).toBe(40n);
    expect(sumStake([10n, 20n, 30n], [])).toBe(0n);
    expect(sumStake([10n, 20n, 30n], new Set([1, 2]))).toBe(50n);
    // Two of epoch 780's largest stakes: their sum as doubles is off by 2 lamports.
    expect(sumStake([13_780_932_133_472_796n, 12_396_545_643_893_238n], [0, 1])).toBe(
      26_177_477_777_366_034n,
    );
  });

  it('refuses an unknown validator', () => {
    expect(() => sumStake([10n, 20n], [2])).toThrow(/no stake for validator 2/);
  });
});

describe('stakeToJson', () => {
  it('is a number while exact, a decimal string beyond 2^53 - 1', () => {
    expect(stakeToJson(30n)).toBe(30);
    expect(stakeToJson(9_007_199_254_740_991n)).toBe(9_007_199_254_740_991);
    expect(stakeToJson(9_007_199_254_740_992n)).toBe('9007199254740992');
    expect(stakeToJson(13_780_932_133_472_796n)).toBe('13780932133472796');
  });
});
