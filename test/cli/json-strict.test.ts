import { describe, expect, it } from 'vitest';
import {
  type DuplicateKey,
  duplicateKeys,
  duplicateMessage,
  parseJsonStrict,
} from '../../src/cli/json-strict.ts';

/** Any character a terminal shows as nothing (or as a box): controls, format characters, odd spaces. */
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

const dup = (key: string, path: string, line: number, firstLine: number): DuplicateKey => ({
  key,
  path,
  line,
  firstLine,
});

describe('duplicateKeys: the JSON path of every repeated key', () => {
  it.each([
    ['a top-level key', '{"validators": 5,\n "validators": 7}', [dup('validators', '$', 2, 1)]],
    [
      'a key of a nested object',
      '{"stake_distribution": {"0": 1,\n"0": 2}}',
      [dup('0', '$.stake_distribution', 2, 1)],
    ],
    ['a key repeated after a nested object', '{"a": {"b": {"c": 1}},\n\n"a": 2}', [dup('a', '$', 3, 1)]],
    ['an object inside a list', '{"l": [{"k": 1}, {"k": 1,\n"k": 2}]}', [dup('k', '$.l[1]', 2, 1)]],
    ['a key that is not an identifier', '{"a b": {"x": 1, "x": 2}}', [dup('x', '$["a b"]', 1, 1)]],
    [
      'keys equal only once decoded',
      '{"validators": 1, "valid\\u0061tors": 2}',
      [dup('validators', '$', 1, 1)],
    ],
    ['a key ending in an escaped backslash', '{"a\\\\": 1, "a\\\\": 2}', [dup('a\\', '$', 1, 1)]],
    ['the empty key', '{"": 1, "": 2}', [dup('', '$', 1, 1)]],
    ['__proto__ (no prototype tricks)', '{"__proto__": 1, "__proto__": 2}', [dup('__proto__', '$', 1, 1)]],
    ['three times: two reports', '{"a": 1,\n"a": 2,\n"a": 3}', [dup('a', '$', 2, 1), dup('a', '$', 3, 1)]],
    ['CRLF line ends', '{"a": 1,\r\n"b": 2,\r\n"a": 3}', [dup('a', '$', 3, 1)]],
  ])('%s', (_name, text, expected) => {
    expect(duplicateKeys(text)).toEqual(expected);
  });

  it.each([
    ['the same key in two objects', '{"a": {"x": 1}, "b": {"x": 2}}'],
    ['the same key in sibling list items', '[{"x": 1}, {"x": 1}]'],
    ['a key-like text inside a string value', '{"a": "\\"a\\": 1", "a2": "{\\"a\\": 2}"}'],
    ['a string value equal to a key', '{"a": "a", "b": ["a", "a"]}'],
    ['keys differing only in case', '{"A": 1, "a": 2}'],
    ['scalars and empty containers', '[1, -2.5e3, true, false, null, "", {}, []]'],
  ])('no duplicate: %s', (_name, text) => {
    expect(duplicateKeys(text)).toEqual([]);
  });

  it('does not overflow the stack on deep nesting (JSON.parse accepts it)', () => {
    const depth = 100_000;
    const text = `${'[{"k":'.repeat(depth)}1${'}]'.repeat(depth)}`;
    expect(() => JSON.parse(text)).not.toThrow();
    expect(duplicateKeys(text)).toEqual([]);
  });

  it('names the key, its path and both lines in one line', () => {
    expect(duplicateMessage(dup('validators', '$', 4, 2))).toBe(
      'duplicate key "validators" at $ (line 4; first at line 2)',
    );
  });

  it('shows an invisible character of a key as an escape', () => {
    const message = duplicateMessage(dup('a\u200bb', '$["\u200b"]', 1, 1));
    expect(message).not.toMatch(INVISIBLE);
    expect(message).toContain('\\u200b');
  });
});

describe('parseJsonStrict', () => {
  it('parses valid JSON and reports its duplicates', () => {
    expect(parseJsonStrict('{"a": 1, "a": 2}')).toEqual({
      ok: true,
      value: { a: 2 },
      duplicates: [dup('a', '$', 1, 1)],
    });
  });

  it('drops a UTF-8 byte order mark at the start', () => {
    expect(parseJsonStrict('\ufeff{"validators": 7}')).toEqual({
      ok: true,
      value: { validators: 7 },
      duplicates: [],
    });
  });

  it.each([
    ['a second byte order mark', '\ufeff\ufeff{"a": 1}', '\\ufeff'],
    ['a zero-width space', '{"a":\u200b 1}', '\\u200b'],
    ['a control character', '{"a": \u0007 1}', '\\u0007'],
    ['a line break in the quoted text', '{\n"a": x}', '{\\n"a": x}'],
  ])('says what is wrong with invalid JSON in visible characters: %s', (_name, text, shown) => {
    const result = parseJsonStrict(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).not.toMatch(INVISIBLE);
    expect(result.error).toContain(shown);
  });
});
