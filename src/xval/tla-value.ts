/**
 * A TLA+ value as TLC prints it and ITF serialises it: the common currency of cross-validation.
 * TS states are converted into this tree (state-tla.ts), TLC's text is parsed into it
 * (tla-parse.ts), ITF JSON maps onto it (itf-value.ts); canonical.ts gives equal values equal text.
 *
 * Functions, records and sequences are kept apart as written, because ITF distinguishes them;
 * canonical.ts treats them as the one TLA+ notion (a function) when comparing.
 */
export type TlaValue =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'set'; readonly elems: readonly TlaValue[] }
  /** A tuple or sequence: a function on 1..n. */
  | { readonly kind: 'seq'; readonly elems: readonly TlaValue[] }
  /** A record: a function on strings, written [a |-> 1, ...]. */
  | { readonly kind: 'rec'; readonly fields: readonly (readonly [string, TlaValue])[] }
  /** Any other function, written (k1 :> v1 @@ k2 :> v2 ...). */
  | { readonly kind: 'fn'; readonly pairs: readonly (readonly [TlaValue, TlaValue])[] };

export const tInt = (value: number): TlaValue => ({ kind: 'int', value });
export const tBool = (value: boolean): TlaValue => ({ kind: 'bool', value });
export const tStr = (value: string): TlaValue => ({ kind: 'str', value });
export const tSet = (elems: readonly TlaValue[]): TlaValue => ({ kind: 'set', elems });
export const tSeq = (elems: readonly TlaValue[]): TlaValue => ({ kind: 'seq', elems });
export const tIntSet = (values: readonly number[]): TlaValue => tSet(values.map(tInt));

/** A record from an object literal (field order kept: it is how the spec writes them). */
export function tRec(fields: Readonly<Record<string, TlaValue>>): TlaValue {
  return { kind: 'rec', fields: Object.entries(fields) };
}

export function tFn(pairs: readonly (readonly [TlaValue, TlaValue])[]): TlaValue {
  return { kind: 'fn', pairs };
}

/** A function on the given integer domain. */
export function tIntFn(domain: readonly number[], value: (key: number) => TlaValue): TlaValue {
  return tFn(domain.map((k) => [tInt(k), value(k)] as const));
}
