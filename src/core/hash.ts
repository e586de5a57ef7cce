/**
 * Non-cryptographic string hashing for fingerprints: two independent 32-bit FNV-1a lanes
 * (different offset bases, the second also mixing the position), folded into a 53-bit safe
 * integer so it can live in a Set<number> or a Float64Array without BigInt.
 */
export function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (i << 8), 0x5bd1e995);
  }
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Combines two 53-bit hashes into one (for transitions: from-state, to-state). */
export function combine53(x: number, y: number): number {
  return hash53(`${x}:${y}`);
}
