import type { TlaValue } from './tla-value.ts';

/**
 * Canonical text of a TLA+ value: equal values (in TLA+'s sense) give equal text. Sets are
 * deduplicated and sorted; a record, a tuple and a function are all functions in TLA+, so they
 * are printed by their domain: 1..n as <<..>>, strings as [..], anything else as (k :> v @@ ..),
 * keys sorted. TLC prints a function on 1..n as a tuple and may print `nodes` either way
 * (tla/README.md), which is why the form follows the domain and not the way it was written.
 */
export function canonicalText(v: TlaValue): string {
  switch (v.kind) {
    case 'int':
      return String(v.value);
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
    case 'str':
      return JSON.stringify(v.value);
    case 'set':
      return `{${[...new Set(v.elems.map(canonicalText))].sort().join(',')}}`;
    default:
      return functionText(functionPairs(v));
  }
}

/** The (key text, value) pairs of a function-like value; first definition of a key wins. */
export function functionPairs(v: TlaValue): [string, TlaValue][] {
  let pairs: [string, TlaValue][];
  if (v.kind === 'seq') pairs = v.elems.map((e, i) => [String(i + 1), e]);
  else if (v.kind === 'rec') pairs = v.fields.map(([k, e]) => [JSON.stringify(k), e]);
  else if (v.kind === 'fn') pairs = v.pairs.map(([k, e]) => [canonicalText(k), e]);
  else throw new Error(`not a function: ${v.kind}`);
  const seen = new Set<string>();
  return pairs.filter(([k]) => {
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function isFunctionLike(v: TlaValue): boolean {
  return v.kind === 'seq' || v.kind === 'rec' || v.kind === 'fn';
}

function functionText(pairs: [string, TlaValue][]): string {
  if (pairs.length === 0) return '<<>>';
  const byKey = new Map(pairs);
  if (isOneToN(byKey)) {
    return `<<${Array.from({ length: byKey.size }, (_, i) => canonicalText(byKey.get(String(i + 1)) as TlaValue)).join(',')}>>`;
  }
  const keys = [...byKey.keys()].sort();
  const entries = keys.map((k) => [k, canonicalText(byKey.get(k) as TlaValue)] as const);
  if (keys.every((k) => k.startsWith('"'))) return `[${entries.map(([k, t]) => `${k}|->${t}`).join(',')}]`;
  return `(${entries.map(([k, t]) => `${k}:>${t}`).join('@@')})`;
}

function isOneToN(byKey: ReadonlyMap<string, unknown>): boolean {
  for (let i = 1; i <= byKey.size; i++) if (!byKey.has(String(i))) return false;
  return true;
}
