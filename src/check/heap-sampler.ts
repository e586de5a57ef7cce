/**
 * Peak JS heap, sampled. `heapUsed` is what `--max-old-space-size` bounds (typed-array buffers
 * live outside it and are reported separately). Sampling every call would cost more than the
 * states it measures, so callers sample every so many expansions and at level boundaries.
 */
export class HeapSampler {
  private max = 0;

  sample(): number {
    const used = process.memoryUsage().heapUsed;
    if (used > this.max) this.max = used;
    return used;
  }

  get peak(): number {
    return this.max;
  }
}
