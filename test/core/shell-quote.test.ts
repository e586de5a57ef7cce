import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/core/shell-quote.ts';

describe('shellQuote', () => {
  it('leaves plain paths and numbers alone', () => {
    expect(shellQuote('reports/a.WindowChain.trace.json')).toBe('reports/a.WindowChain.trace.json');
    expect(shellQuote('--max-states=200')).toBe('--max-states=200');
  });

  it('single-quotes spaces and shell metacharacters, and a quote inside', () => {
    expect(shellQuote('my out/r.json')).toBe("'my out/r.json'");
    expect(shellQuote('a$b;c')).toBe("'a$b;c'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
  });
});
