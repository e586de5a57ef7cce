/**
 * 64-bit fingerprint of a string, as two 32-bit halves computed by two structurally different
 * lanes over the same 32-bit words (two UTF-16 code units per word): a MurmurHash3-style lane and
 * an xxHash32-style lane, each with its own finaliser. Different mixing structures (not merely two
 * seeds of one function) keep the halves close to independent, so for n states the chance of any
 * false merge is about n² / 2^65 (≈ 3e-8 at a million states). Not cryptographic: the explorer
 * hashes states produced by a model, not adversarial input.
 */

const M1 = 0xcc9e2d51;
const M2 = 0x1b873593;
const X1 = 0x9e3779b1;
const X2 = 0x85ebca77;
const X3 = 0xc2b2ae3d;

/** Writes the 64-bit hash of `text` into out[at] (high half) and out[at + 1] (low half). */
export function hash64(text: string, out: Uint32Array, at = 0): void {
  let a = 0x9747b28c;
  let b = 0x165667b1;
  const n = text.length;
  // One word per pair of code units; the loop is bounded by the string length.
  for (let i = 0; i < n; i += 2) {
    const word = text.charCodeAt(i) | ((i + 1 < n ? text.charCodeAt(i + 1) : 0) << 16);
    let k = Math.imul(word, M1);
    k = (k << 15) | (k >>> 17);
    a ^= Math.imul(k, M2);
    a = (a << 13) | (a >>> 19);
    a = (Math.imul(a, 5) + 0xe6546b64) | 0;
    b = (b + Math.imul(word, X2)) | 0;
    b = Math.imul((b << 13) | (b >>> 19), X1);
  }
  out[at] = fmix32(a ^ n);
  out[at + 1] = xxAvalanche(b ^ Math.imul(n, X3));
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** xxHash32's avalanche, with different shifts and constants from fmix32. */
function xxAvalanche(h: number): number {
  let x = h;
  x ^= x >>> 15;
  x = Math.imul(x, X2);
  x ^= x >>> 13;
  x = Math.imul(x, X3);
  x ^= x >>> 16;
  return x >>> 0;
}
