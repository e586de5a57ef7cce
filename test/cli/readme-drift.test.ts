import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_REGIONS, regenerate } from '../../scripts/docs.ts';

const README = new URL('../../README.md', import.meta.url);

describe('README regions generated from the code', () => {
  const text = readFileSync(README, 'utf8');

  it.each(Object.keys(GENERATED_REGIONS))('README has the %s region', (name) => {
    expect(text).toContain(`<!-- generated:${name} -->`);
  });

  it('every generated region is what `npm run docs` writes (run npm run docs)', () => {
    const expected = regenerate(text);
    // On a difference, print only the first differing line: the fix is always `npm run docs`.
    const ours = text.split('\n');
    const line = expected.split('\n').findIndex((l, i) => l !== ours[i]);
    expect(line, `README.md line ${line + 1} is out of date: run npm run docs`).toBe(-1);
  });
});
