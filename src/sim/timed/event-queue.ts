import { assert } from '../../core/assert.ts';

/**
 * The simulator's agenda: a binary min-heap ordered by (time, sequence number). The sequence
 * number breaks ties in insertion order, so equal-time events run in a deterministic order that
 * does not depend on heap internals.
 *
 * A broadcast's deliveries go in as one batch (pushBatch): one heap entry that yields its
 * deliveries in (time, sequence) order, each with the sequence number it would have had if pushed
 * alone. The pop order is the same as pushing them one by one, but the heap holds one entry per
 * broadcast rather than one per recipient (at 1,292 validators, a thousand times fewer), and a
 * delivery's event object is made only when it is popped.
 */
export interface Scheduled<E> {
  readonly atMs: number;
  readonly seq: number;
  readonly event: E;
}

/** A batch's deliveries, sorted by (time, sequence); `cursor` is the next one to pop. */
interface Batch<E> {
  atMs: number;
  seq: number;
  readonly times: Float64Array;
  readonly seqs: Float64Array;
  readonly items: Int32Array;
  readonly make: (item: number) => E;
  cursor: number;
}

type Entry<E> = { atMs: number; seq: number; readonly event: E; readonly batch?: undefined } | BatchEntry<E>;
interface BatchEntry<E> {
  atMs: number;
  seq: number;
  readonly batch: Batch<E>;
}

export class EventQueue<E> {
  private readonly heap: Entry<E>[] = [];
  private nextSeq = 0;
  private pending = 0;

  /** Events not yet popped (a batch counts each of its deliveries). */
  get size(): number {
    return this.pending;
  }

  push(atMs: number, event: E): void {
    assert(Number.isFinite(atMs) && atMs >= 0, `event time ${atMs}`);
    this.pending++;
    this.siftUp({ atMs, seq: this.nextSeq++, event });
  }

  /**
   * Pushes `times.length` deliveries at once: delivery i at `times[i]`, its event `make(items[i])`.
   * Sequence numbers are taken in index order, as `times.length` single pushes would take them.
   */
  pushBatch(times: readonly number[], items: readonly number[], make: (item: number) => E): void {
    assert(times.length === items.length, 'a batch needs one item per time');
    if (times.length === 0) return;
    const base = this.nextSeq;
    this.nextSeq += times.length;
    this.pending += times.length;
    const order = sortedOrder(times);
    const sorted = new Float64Array(order.length);
    const seqs = new Float64Array(order.length);
    const sortedItems = new Int32Array(order.length);
    for (const [k, i] of order.entries()) {
      const atMs = times[i] as number;
      assert(Number.isFinite(atMs) && atMs >= 0, `event time ${atMs}`);
      sorted[k] = atMs;
      seqs[k] = base + i;
      sortedItems[k] = items[i] as number;
    }
    const batch: Batch<E> = {
      atMs: sorted[0] as number,
      seq: seqs[0] as number,
      times: sorted,
      seqs,
      items: sortedItems,
      make,
      cursor: 0,
    };
    this.siftUp({ atMs: batch.atMs, seq: batch.seq, batch });
  }

  peekTime(): number | undefined {
    return this.heap[0]?.atMs;
  }

  pop(): Scheduled<E> | undefined {
    const top = this.heap[0];
    if (top === undefined) return undefined;
    this.pending--;
    if (top.batch === undefined) {
      this.removeTop();
      return top;
    }
    const b = top.batch;
    const popped = { atMs: top.atMs, seq: top.seq, event: b.make(b.items[b.cursor] as number) };
    b.cursor++;
    if (b.cursor === b.times.length) this.removeTop();
    else {
      top.atMs = b.times[b.cursor] as number;
      top.seq = b.seqs[b.cursor] as number;
      this.siftDown(top); // its key only grew
    }
    return popped;
  }

  private siftUp(item: Entry<E>): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent] as Entry<E>)) break;
      heap[i] = heap[parent] as Entry<E>;
      i = parent;
    }
    heap[i] = item;
  }

  private removeTop(): void {
    const last = this.heap.pop() as Entry<E>;
    if (this.heap.length > 0) this.siftDown(last);
  }

  /** Places `item` from the root down (the root slot is free or holds `item` itself). */
  private siftDown(item: Entry<E>): void {
    const heap = this.heap;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && before(heap[right] as Entry<E>, heap[left] as Entry<E>) ? right : left;
      if (!before(heap[child] as Entry<E>, item)) break;
      heap[i] = heap[child] as Entry<E>;
      i = child;
    }
    heap[i] = item;
  }
}

function before(a: { atMs: number; seq: number }, b: { atMs: number; seq: number }): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}

/**
 * Indices of `times` in (time, index) order. Whole-millisecond times (the network's) sort as one
 * number each, time × 2^12 + index, in a typed array: no comparator call per comparison.
 */
function sortedOrder(times: readonly number[]): number[] {
  const packable =
    times.length <= PACK && times.every((t) => Number.isInteger(t) && t >= 0 && t < MAX_PACKED_MS);
  if (!packable)
    return Array.from(times.keys()).sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  const keys = new Float64Array(times.length);
  for (let i = 0; i < times.length; i++) keys[i] = (times[i] as number) * PACK + i;
  keys.sort();
  return Array.from(keys, (k) => k % PACK);
}

/** Index slots per packed key (more recipients than this use the comparator sort). */
const PACK = 4096;
/** Times below this keep time × PACK + index exact in a double (2^53 / PACK). */
const MAX_PACKED_MS = 2 ** 53 / PACK;
