import seedrandom from 'seedrandom';
import { assert } from './assert.ts';

/**
 * Seeded randomness: one run seed, forked into named streams ("network", "faults", ...), so that
 * adding draws to one stream never shifts another. This is the only importer of seedrandom.
 */
export class Rng {
  private readonly prng: seedrandom.PRNG;

  constructor(readonly seedText: string) {
    this.prng = seedrandom.alea(seedText);
  }

  /** A child stream whose draws depend only on this stream's seed and the name. */
  fork(name: string): Rng {
    return new Rng(`${this.seedText}/${name}`);
  }

  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    assert(Number.isInteger(maxExclusive) && maxExclusive > 0, `int(${maxExclusive})`);
    return Math.floor(this.prng.double() * maxExclusive);
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.prng.double();
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    return this.prng.int32() >>> 0;
  }

  pick<T>(items: readonly T[]): T {
    assert(items.length > 0, 'pick from empty list');
    return items[this.int(items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.prng.double() < probability;
  }
}

export function rngFromSeed(seed: number | string): Rng {
  return new Rng(String(seed));
}
