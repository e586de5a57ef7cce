import { XvalError } from './errors.ts';
import { type TlaValue, tBool, tFn, tInt, tSeq, tSet, tStr } from './tla-value.ts';

/**
 * TLA+ values ↔ ITF JSON (Apalache ADR-015, design.md §9): integers as {"#bigint": "…"}, sets
 * {"#set": [..]}, tuples {"#tup": [..]}, functions {"#map": [[k, v], ..]}, records plain objects,
 * strings and booleans as themselves. Sequences are written as tuples (the state has no other
 * kind); on import a JSON array is a sequence and a plain JSON number an integer, as ITF allows.
 */
export function toItf(v: TlaValue): unknown {
  switch (v.kind) {
    case 'int':
      return { '#bigint': String(v.value) };
    case 'bool':
    case 'str':
      return v.value;
    case 'set':
      return { '#set': v.elems.map(toItf) };
    case 'seq':
      return { '#tup': v.elems.map(toItf) };
    case 'rec':
      return Object.fromEntries(v.fields.map(([k, e]) => [k, toItf(e)]));
    case 'fn':
      return { '#map': v.pairs.map(([k, e]) => [toItf(k), toItf(e)]) };
  }
}

/** An ITF JSON value as a TLA+ value; throws XvalError naming the JSON path of what it cannot read. */
export function fromItf(json: unknown, path: string): TlaValue {
  if (typeof json === 'boolean') return tBool(json);
  if (typeof json === 'string') return tStr(json);
  if (typeof json === 'number') return tInt(safeInteger(json, path));
  if (Array.isArray(json)) return tSeq(json.map((e, i) => fromItf(e, `${path}[${i}]`)));
  if (json === null || typeof json !== 'object') throw new XvalError(`${path}: not an ITF value`);
  const o = json as Record<string, unknown>;
  if ('#bigint' in o) return tInt(safeInteger(Number(o['#bigint']), path));
  if ('#set' in o)
    return tSet(list(o['#set'], `${path}.#set`).map((e, i) => fromItf(e, `${path}.#set[${i}]`)));
  if ('#tup' in o)
    return tSeq(list(o['#tup'], `${path}.#tup`).map((e, i) => fromItf(e, `${path}.#tup[${i}]`)));
  if ('#map' in o)
    return tFn(list(o['#map'], `${path}.#map`).map((pair, i) => mapEntry(pair, `${path}.#map[${i}]`)));
  const special = Object.keys(o).find((k) => k.startsWith('#'));
  if (special !== undefined) throw new XvalError(`${path}: unsupported ITF value ${special}`);
  return { kind: 'rec', fields: Object.entries(o).map(([k, e]) => [k, fromItf(e, `${path}.${k}`)] as const) };
}

function mapEntry(pair: unknown, path: string): readonly [TlaValue, TlaValue] {
  if (!Array.isArray(pair) || pair.length !== 2)
    throw new XvalError(`${path}: a #map entry must be [key, value]`);
  return [fromItf(pair[0], `${path}[0]`), fromItf(pair[1], `${path}[1]`)];
}

function list(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new XvalError(`${path}: must be a JSON array`);
  return v;
}

function safeInteger(n: number, path: string): number {
  if (!Number.isSafeInteger(n)) throw new XvalError(`${path}: ${n} is not an integer this model uses`);
  return n;
}
