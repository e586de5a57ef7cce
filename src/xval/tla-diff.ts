import { canonicalText, functionPairs, isFunctionLike } from './canonical.ts';
import { prettyTla } from './tla-print.ts';
import type { TlaValue } from './tla-value.ts';

const MAX_SHOWN = 400;

/**
 * Where two values first differ, as one readable line ("nodes[1][1].certs: only in TLC {…}"), or
 * null when they are equal. Walks functions key by key in canonical order, so the path names the
 * smallest part that differs instead of printing two whole states.
 */
export function firstDifference(
  a: TlaValue,
  b: TlaValue,
  nameA: string,
  nameB: string,
  path = '',
): string | null {
  if (canonicalText(a) === canonicalText(b)) return null;
  const at = path === '' ? '(state)' : path;
  if (isFunctionLike(a) && isFunctionLike(b)) return functionDifference(a, b, nameA, nameB, path);
  if (a.kind === 'set' && b.kind === 'set') {
    const onlyA = setMinus(a, b);
    const onlyB = setMinus(b, a);
    const parts = [];
    if (onlyA.length > 0) parts.push(`only in ${nameA} ${show({ kind: 'set', elems: onlyA })}`);
    if (onlyB.length > 0) parts.push(`only in ${nameB} ${show({ kind: 'set', elems: onlyB })}`);
    return `${at}: ${parts.join('; ')}`;
  }
  return `${at}: ${nameA} ${show(a)}, ${nameB} ${show(b)}`;
}

function functionDifference(a: TlaValue, b: TlaValue, nameA: string, nameB: string, path: string): string {
  const pa = new Map(functionPairs(a));
  const pb = new Map(functionPairs(b));
  const keys = [...new Set([...pa.keys(), ...pb.keys()])].sort();
  for (const key of keys) {
    const va = pa.get(key);
    const vb = pb.get(key);
    const name = key.startsWith('"') ? (JSON.parse(key) as string) : null;
    const sub = name === null ? `${path}[${key}]` : path === '' ? name : `${path}.${name}`;
    if (va === undefined) return `${sub}: only in ${nameB}`;
    if (vb === undefined) return `${sub}: only in ${nameA}`;
    const d = firstDifference(va, vb, nameA, nameB, sub);
    if (d !== null) return d;
  }
  return `${path}: differ`;
}

function setMinus(a: TlaValue & { kind: 'set' }, b: TlaValue & { kind: 'set' }): TlaValue[] {
  const inB = new Set(b.elems.map(canonicalText));
  return a.elems.filter((e) => !inB.has(canonicalText(e)));
}

function show(v: TlaValue): string {
  const text = prettyTla(v, 0, Number.POSITIVE_INFINITY);
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}…`;
}
