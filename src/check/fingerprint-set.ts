import { assert } from '../core/assert.ts';

/** Largest table: 2^28 slots of two words each (2 GiB); far beyond what a run can fill. */
const MAX_CAPACITY = 1 << 28;
/** Grow when more than 11/16 (≈ 0.69) of the slots are used: linear probing stays short. */
const LOAD_NUM = 11;
const LOAD_DEN = 16;

/**
 * A set of 64-bit fingerprints in one Uint32Array (slot i holds words 2i and 2i+1), with open
 * addressing and linear probing. No per-entry objects: a million fingerprints take 16–32 MB of
 * array buffer and nothing on the JS heap, where a Set<string> of state texts would take gigabytes.
 * The pair (0, 0) marks an empty slot, so a hash equal to it is stored as (0, 1).
 */
export class FingerprintSet {
  private words: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    assert(
      initialCapacity >= 16 && (initialCapacity & (initialCapacity - 1)) === 0,
      'capacity must be a power of two ≥ 16',
    );
    this.words = new Uint32Array(initialCapacity * 2);
    this.mask = initialCapacity - 1;
  }

  get size(): number {
    return this.count;
  }

  get capacity(): number {
    return this.mask + 1;
  }

  get bytes(): number {
    return this.words.byteLength;
  }

  /** Adds the fingerprint; true when it was not there before. */
  add(hi: number, lo: number): boolean {
    const l = hi === 0 && lo === 0 ? 1 : lo >>> 0;
    const h = hi >>> 0;
    const slot = this.find(h, l);
    const at = slot * 2;
    if (this.words[at] === h && this.words[at + 1] === l) return false;
    this.words[at] = h;
    this.words[at + 1] = l;
    this.count++;
    if (this.count * LOAD_DEN > this.capacity * LOAD_NUM) this.grow();
    return true;
  }

  has(hi: number, lo: number): boolean {
    const l = hi === 0 && lo === 0 ? 1 : lo >>> 0;
    const h = hi >>> 0;
    const at = this.find(h, l) * 2;
    return this.words[at] === h && this.words[at + 1] === l;
  }

  /** The slot holding (h, l), or the empty slot where it belongs. The load bound keeps one free. */
  private find(h: number, l: number): number {
    const words = this.words;
    let slot = (l ^ Math.imul(h, 0x9e3779b1)) & this.mask;
    for (let probes = 0; probes <= this.mask; probes++) {
      const at = slot * 2;
      const wh = words[at] as number;
      const wl = words[at + 1] as number;
      if ((wh === h && wl === l) || (wh === 0 && wl === 0)) return slot;
      slot = (slot + 1) & this.mask;
    }
    throw new Error('FingerprintSet: table full (load bound violated)');
  }

  /** Doubles the table and re-inserts every fingerprint. */
  private grow(): void {
    const old = this.words;
    const capacity = this.capacity * 2;
    assert(capacity <= MAX_CAPACITY, `fingerprint table above ${MAX_CAPACITY} slots`);
    this.words = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let at = 0; at < old.length; at += 2) {
      const h = old[at] as number;
      const l = old[at + 1] as number;
      if (h === 0 && l === 0) continue;
      const slot = this.find(h, l) * 2;
      this.words[slot] = h;
      this.words[slot + 1] = l;
    }
  }
}
