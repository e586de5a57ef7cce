import { hash64 } from '../check/hash64.ts';

const words = new Uint32Array(2);

/**
 * A short key for a canonical state text (its 64-bit hash in hex), so state sets of tens of
 * thousands of states compare without holding every text; the chance of a false match is about
 * n² / 2^65 (hash64.ts).
 */
export function stateKey(canonical: string): string {
  hash64(canonical, words);
  return (
    (words[0] as number).toString(16).padStart(8, '0') + (words[1] as number).toString(16).padStart(8, '0')
  );
}
