import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../src/xval/canonical.ts';
import { parseTlaValue, TlaParseError } from '../../src/xval/tla-parse.ts';
import { tlaExpr } from '../../src/xval/tla-print.ts';
import { tFn, tInt, tRec, tSeq, tSet, tStr } from '../../src/xval/tla-value.ts';

const canon = (text: string) => canonicalText(parseTlaValue(text));

describe('TLA+ value parser (values as TLC prints them)', () => {
  it('reads scalars: integers (negative too), strings with escapes, booleans', () => {
    expect(parseTlaValue('42')).toEqual(tInt(42));
    expect(parseTlaValue(' -2 ')).toEqual(tInt(-2));
    expect(parseTlaValue('"a \\"q\\" \\\\ b\\n"')).toEqual(tStr('a "q" \\ b\n'));
    expect(parseTlaValue('TRUE')).toEqual({ kind: 'bool', value: true });
    expect(parseTlaValue('FALSE')).toEqual({ kind: 'bool', value: false });
  });

  it('reads sets, tuples, records and functions, nested and over several lines', () => {
    expect(parseTlaValue('{}')).toEqual(tSet([]));
    expect(parseTlaValue('<< >>')).toEqual(tSeq([]));
    expect(parseTlaValue('{1, -1}')).toEqual(tSet([tInt(1), tInt(-1)]));
    expect(parseTlaValue('<<1, "x">>')).toEqual(tSeq([tInt(1), tStr('x')]));
    expect(parseTlaValue('[ a |-> 1,\n  b |-> {<<2, 3>>} ]')).toEqual(
      tRec({ a: tInt(1), b: tSet([tSeq([tInt(2), tInt(3)])]) }),
    );
    expect(parseTlaValue('(0 :> {} @@\n 1 :> [x |-> FALSE])')).toEqual(
      tFn([
        [tInt(0), tSet([])],
        [tInt(1), tRec({ x: { kind: 'bool', value: false } })],
      ]),
    );
    expect(parseTlaValue('(0 :> -2)')).toEqual(tFn([[tInt(0), tInt(-2)]]));
  });

  it('keeps the left value where `@@` defines a key twice (TLC semantics)', () => {
    expect(parseTlaValue('(1 :> "a" @@ 1 :> "b")')).toEqual(tFn([[tInt(1), tStr('a')]]));
  });

  it('reads back what tlaExpr prints', () => {
    const v = tRec({
      f: tFn([
        [tInt(3), tSet([tStr('x'), tStr('y')])],
        [tInt(-1), tSeq([])],
      ]),
      g: tSeq([tRec({ k: tInt(7) })]),
    });
    expect(parseTlaValue(tlaExpr(v))).toEqual(v);
  });

  it('fails with the offset and the text near it', () => {
    expect(() => parseTlaValue('[a |-> ]')).toThrow(TlaParseError);
    expect(() => parseTlaValue('{1, ')).toThrow(/offset 4/);
    expect(() => parseTlaValue('<<1>> junk')).toThrow(/after the value/);
    expect(() => parseTlaValue('"open')).toThrow(/unterminated string/);
    expect(() => parseTlaValue('foo')).toThrow(/unsupported identifier foo/);
  });
});

describe('canonical text', () => {
  it('treats a tuple as the function on 1..n and a record as the function on its field names', () => {
    expect(canon('<<"a", "b">>')).toBe(canon('(1 :> "a" @@ 2 :> "b")'));
    expect(canon('(2 :> "b" @@ 1 :> "a")')).toBe(canon('<<"a", "b">>'));
    expect(canon('[a |-> 1, b |-> 2]')).toBe(canon('("b" :> 2 @@ "a" :> 1)'));
    expect(canon('(0 :> "a" @@ 1 :> "b")')).not.toBe(canon('<<"a", "b">>'));
  });

  it('ignores set order and duplicates but not structure or sign', () => {
    expect(canon('{3, 1, 1}')).toBe(canon('{1, 3}'));
    expect(canon('{[a |-> 1, b |-> 2], [b |-> 0, a |-> 0]}')).toBe(
      canon('{[a |-> 0, b |-> 0], [b |-> 2, a |-> 1]}'),
    );
    expect(canon('{1}')).not.toBe(canon('<<1>>'));
    expect(canon('-2')).not.toBe(canon('2'));
    expect(canon('"1"')).not.toBe(canon('1'));
  });
});
