import { assert } from '../core/assert.ts';

/** 2^30 entries (4 GiB): beyond any run; a bound so growth cannot loop forever. */
const MAX_LENGTH = 1 << 30;

/** A growable Int32Array (amortised O(1) push): per-state data with no per-entry objects. */
export class Int32Vec {
  private data: Int32Array;
  private used = 0;

  constructor(initialCapacity = 1 << 16) {
    this.data = new Int32Array(Math.max(16, initialCapacity));
  }

  get length(): number {
    return this.used;
  }

  get bytes(): number {
    return this.data.byteLength;
  }

  push(value: number): number {
    if (this.used === this.data.length) this.grow();
    this.data[this.used] = value;
    return this.used++;
  }

  get(index: number): number {
    assert(index >= 0 && index < this.used, () => `Int32Vec index ${index} out of 0..${this.used - 1}`);
    return this.data[index] as number;
  }

  private grow(): void {
    const capacity = this.data.length * 2;
    assert(capacity <= MAX_LENGTH, `Int32Vec above ${MAX_LENGTH} entries`);
    const bigger = new Int32Array(capacity);
    bigger.set(this.data);
    this.data = bigger;
  }
}
