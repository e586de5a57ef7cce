import { createCipheriv } from 'node:crypto';

/** u64 values of the key stream fetched per refill (4 KiB, 64 ChaCha blocks). */
const WORDS_PER_REFILL = 512;
const ZEROS = new Uint8Array(WORDS_PER_REFILL * 8);

/**
 * rand_chacha 0.3 `ChaChaRng` (= ChaCha20Rng: 20 rounds, 64-bit block counter from 0, stream 0)
 * seeded `from_seed(key)`, read by `next_u64` only. The cipher is node:crypto's `chacha20`, never
 * hand-written: its 16-byte IV is a 4-byte little-endian block counter and a 12-byte nonce, here
 * all zero. rand_chacha's state has the same words (12–13 counter, 14–15 stream), so with the
 * stream 0 the two agree while the counter stays below 2^32 blocks (256 GiB of key stream), and
 * OpenSSL carries past that into word 13 as rand_chacha does.
 *
 * `next_u64` (rand_core `BlockRng::next_u64`) joins two 32-bit words, the lower-addressed one as
 * the low half; ChaCha's words are little-endian, so each draw is the next 8 bytes of key stream
 * read as a little-endian u64. Only u64 draws are taken, so a draw never straddles a block
 * boundary in a way that differs (BlockRng's odd-index case cannot arise).
 */
export class ChaChaU64Stream {
  private readonly cipher;
  private buffer = Buffer.alloc(0);
  private index = WORDS_PER_REFILL;

  constructor(key: Uint8Array) {
    if (key.length !== 32) throw new RangeError(`ChaCha20 key must be 32 bytes, got ${key.length}`);
    this.cipher = createCipheriv('chacha20', key, new Uint8Array(16));
  }

  /** The next u64 of the stream. */
  next(): bigint {
    if (this.index === WORDS_PER_REFILL) {
      // Encrypting zeros yields the key stream itself; the cipher object keeps its counter.
      this.buffer = this.cipher.update(ZEROS);
      this.index = 0;
    }
    return this.buffer.readBigUInt64LE(8 * this.index++);
  }

  /** Discards `count` draws (tests: a place after refills). */
  skip(count: number): void {
    for (let i = 0; i < count; i++) this.next();
  }
}

/** agave's leader-schedule seed: the epoch as little-endian u64 in the first 8 of 32 bytes, the rest zero. */
export function epochSeed(epoch: bigint): Uint8Array {
  if (epoch < 0n || epoch >= 2n ** 64n) throw new RangeError(`epoch must be a u64, got ${epoch}`);
  const key = Buffer.alloc(32);
  key.writeBigUInt64LE(epoch, 0);
  return key;
}
