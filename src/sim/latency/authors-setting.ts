import type { TimedParams } from '../timed/params.ts';

/**
 * The block and bandwidths of the white paper authors' latency simulation (qkniep/alpenglow,
 * src/bin/simulations/main.rs and alpenglow/latency.rs, read at its newest stored commit):
 *   - a block of 40 slices, each of Γ = 64 shreds of which γ = 32 rebuild it, 1,024 data bytes a
 *     shred (src/shredder.rs MAX_DATA_PER_SHRED): 1.25 MiB of data a block;
 *   - every validator's uplink max(1 Gbit/s, its stake share × n × 10 Gbit/s), so the bandwidth of
 *     the set grows with its stake, as operators' do; their leader sends at 10 Gbit/s (here a
 *     leader sends at its own rate: above 10 Gbit/s for any validator of above-average stake).
 * Votes and certificates keep this model's sizes (Table 11: 196 and 384 bytes; theirs 192 and 448).
 */
export const AUTHORS_SLICES = 40;
export const AUTHORS_SHRED_DATA_BYTES = 1024;
const MIN_BITS_PER_SEC = 1_000_000_000n;
const LEADER_BITS_PER_SEC = 10_000_000_000n;

export function authorsParams(stakes: readonly bigint[], shredsNeeded: number): Partial<TimedParams> {
  const total = stakes.reduce((a, b) => a + b, 0n);
  const n = BigInt(stakes.length);
  const uplinkBytesPerSec = stakes.map((stake) => {
    // round(stake / total × n × 10 Gbit/s), exactly, then at least 1 Gbit/s; bytes = bits / 8.
    const bits = (2n * stake * n * LEADER_BITS_PER_SEC + total) / (2n * total);
    return Number(bits > MIN_BITS_PER_SEC ? bits : MIN_BITS_PER_SEC) / 8;
  });
  return {
    blockSlices: AUTHORS_SLICES,
    blockBytes: AUTHORS_SLICES * shredsNeeded * AUTHORS_SHRED_DATA_BYTES,
    uplinkBytesPerSec,
  };
}
