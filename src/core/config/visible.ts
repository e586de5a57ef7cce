/**
 * Characters a terminal shows as nothing, as a box, or as a line break: control and format
 * characters (a byte order mark, zero-width spaces, direction overrides), unassigned and private
 * code points, line and paragraph separators, and every space but the ASCII one.
 */
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every invisible character written as an escape (`\n`, `\ufeff`, `\u{e0001}`), so a message
 * quoting a file says what is there and stays one line. The ASCII space stays as it is.
 */
export function visible(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === ' ' || !INVISIBLE.test(char)) {
      out += char;
      continue;
    }
    const named = NAMED_ESCAPES[char];
    if (named !== undefined) {
      out += named;
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    out += code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
  }
  return out;
}
