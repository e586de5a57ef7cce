import { canonicalText } from './canonical.ts';
import type { TlaValue } from './tla-value.ts';

/**
 * A TLA+ expression for a value, on one line, that TLC reads back as the same value. Functions
 * other than records and tuples use `:>` and `@@`, so a module using this EXTENDS TLC.
 */
export function tlaExpr(v: TlaValue): string {
  switch (v.kind) {
    case 'int':
      return String(v.value);
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
    case 'str':
      return tlaString(v.value);
    case 'set':
      return `{${v.elems.map(tlaExpr).join(', ')}}`;
    case 'seq':
      return `<<${v.elems.map(tlaExpr).join(', ')}>>`;
    case 'rec':
      return v.fields.length === 0
        ? '<<>>'
        : `[${v.fields.map(([k, e]) => `${k} |-> ${tlaExpr(e)}`).join(', ')}]`;
    case 'fn':
      return v.pairs.length === 0
        ? '<<>>'
        : `(${v.pairs.map(([k, e]) => `${tlaExpr(k)} :> ${tlaExpr(e)}`).join(' @@ ')})`;
  }
}

function tlaString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/**
 * Multi-line TLA+ for people (a differing state in a report): what fits in `width` stays on one
 * line, otherwise one element per line. Set elements are sorted by canonical text at every level,
 * so two prints of equal values read the same.
 */
export function prettyTla(v: TlaValue, indent = 0, width = 100): string {
  return render(sortedDeep(v), indent, width);
}

function render(value: TlaValue, indent: number, width: number): string {
  const flat = tlaExpr(value);
  if (flat.length + indent <= width) return flat;
  const pad = ' '.repeat(indent + 2);
  switch (value.kind) {
    case 'set':
      return `{ ${value.elems.map((e) => render(e, indent + 2, width)).join(`,\n${pad}`)} }`;
    case 'seq':
      return `<< ${value.elems.map((e) => render(e, indent + 3, width)).join(`,\n${pad} `)} >>`;
    case 'rec':
      return `[ ${value.fields.map(([k, e]) => `${k} |-> ${render(e, indent + k.length + 7, width)}`).join(`,\n${pad}`)} ]`;
    case 'fn': {
      const pairs = value.pairs.map(([k, e]) => [tlaExpr(k), e] as const);
      return `( ${pairs.map(([k, e]) => `${k} :> ${render(e, indent + k.length + 6, width)}`).join(` @@\n${pad}`)} )`;
    }
    default:
      return flat;
  }
}

function sortedDeep(v: TlaValue): TlaValue {
  switch (v.kind) {
    case 'set': {
      const keyed = v.elems.map((e) => [canonicalText(e), sortedDeep(e)] as const);
      keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return { kind: 'set', elems: keyed.map(([, e]) => e) };
    }
    case 'seq':
      return { kind: 'seq', elems: v.elems.map(sortedDeep) };
    case 'rec':
      return { kind: 'rec', fields: v.fields.map(([k, e]) => [k, sortedDeep(e)] as const) };
    case 'fn':
      return { kind: 'fn', pairs: v.pairs.map(([k, e]) => [sortedDeep(k), sortedDeep(e)] as const) };
    default:
      return v;
  }
}

/** A state (a record of variables) the way TLC prints one: one `/\ var = value` per variable. */
export function prettyState(state: TlaValue): string {
  if (state.kind !== 'rec') return prettyTla(state);
  return state.fields.map(([name, v]) => `/\\ ${name} = ${prettyTla(v, name.length + 6)}`).join('\n');
}
