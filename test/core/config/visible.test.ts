import { describe, expect, it } from 'vitest';
import { visible } from '../../../src/core/config/visible.ts';

describe('visible: a message shows every character of what it quotes', () => {
  it.each([
    ['a byte order mark', '\ufeff{', '\\ufeff{'],
    ['a zero-width space', 'a\u200bb', 'a\\u200bb'],
    ['a no-break space', 'a\u00a0b', 'a\\u00a0b'],
    ['a right-to-left override', 'ab\u202ec', 'ab\\u202ec'],
    ['a line separator', 'a\u2028b', 'a\\u2028b'],
    ['an astral tag character', 'a\u{e0001}', 'a\\u{e0001}'],
    ['a lone surrogate', 'a\ud800', 'a\\ud800'],
    ['line breaks and tabs', 'a\nb\r\tc', 'a\\nb\\r\\tc'],
    ['a bell', '\u0007', '\\u0007'],
  ])('escapes %s', (_name, text, shown) => {
    expect(visible(text)).toBe(shown);
  });

  it('keeps printable text, spaces and non-ASCII letters as they are', () => {
    const text = 'validators: must be < 5, got "héllo 日本 🚀"';
    expect(visible(text)).toBe(text);
  });
});
