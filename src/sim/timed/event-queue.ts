import { assert } from '../../core/assert.ts';

/**
 * The simulator's agenda: a binary min-heap ordered by (time, sequence number). The sequence
 * number breaks ties in insertion order, so equal-time events run in a deterministic order that
 * does not depend on heap internals.
 */
export interface Scheduled<E> {
  readonly atMs: number;
  readonly seq: number;
  readonly event: E;
}

export class EventQueue<E> {
  private readonly heap: Scheduled<E>[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(atMs: number, event: E): void {
    assert(Number.isFinite(atMs) && atMs >= 0, `event time ${atMs}`);
    const item = { atMs, seq: this.nextSeq++, event };
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent] as Scheduled<E>)) break;
      heap[i] = heap[parent] as Scheduled<E>;
      i = parent;
    }
    heap[i] = item;
  }

  peekTime(): number | undefined {
    return this.heap[0]?.atMs;
  }

  pop(): Scheduled<E> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && before(heap[right] as Scheduled<E>, heap[left] as Scheduled<E>) ? right : left;
      if (!before(heap[child] as Scheduled<E>, last)) break;
      heap[i] = heap[child] as Scheduled<E>;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

function before<E>(a: Scheduled<E>, b: Scheduled<E>): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}
