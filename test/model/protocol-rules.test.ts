import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_NAMES } from '../../src/core/config/index.ts';
import {
  PROTOCOL_RULES,
  PROTOCOL_VARIANTS,
  protocolRules,
  protocolVariantsMarkdown,
} from '../../src/model/protocol-rules.ts';

// The protocol variants as data (issue 12): each difference between the white paper and Anza's
// votor is one named rule with both sources; a variant is the list of rules it applies.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('PROTOCOL_RULES', () => {
  it('names each rule by its key and cites a paper place and an implementation file', () => {
    for (const [key, rule] of Object.entries(PROTOCOL_RULES)) {
      expect(rule.name).toBe(key);
      expect(rule.whitepaper, key).toMatch(/Def\. \d+|Algorithm \d|§\d/);
      expect(rule.agave, key).toMatch(/votor\/src\/\w+\.rs/);
    }
  });

  it('has a variant for every protocol a config may name, each listing only known rules once', () => {
    expect(Object.keys(PROTOCOL_VARIANTS).sort()).toEqual([...PROTOCOL_NAMES].sort());
    for (const rules of Object.values(PROTOCOL_VARIANTS)) {
      expect(new Set(rules).size).toBe(rules.length);
      for (const r of rules) expect(Object.keys(PROTOCOL_RULES)).toContain(r);
    }
  });

  it('keeps "whitepaper" the model without any rule, and "agave" with all of them', () => {
    expect(PROTOCOL_VARIANTS.whitepaper).toEqual([]);
    expect([...PROTOCOL_VARIANTS.agave].sort()).toEqual(Object.keys(PROTOCOL_RULES).sort());
    expect(Object.values(protocolRules('whitepaper')).some((on) => on)).toBe(false);
    expect(Object.values(protocolRules('agave')).every((on) => on)).toBe(true);
  });
});

describe('timed-only rules', () => {
  it('are the crashed-leader timer only (the untimed model and TLA+ already let any armed timer fire)', () => {
    const timed = Object.values(PROTOCOL_RULES)
      .filter((r) => r.timedOnly)
      .map((r) => r.name);
    expect(timed).toEqual(['crashedLeaderTimer']);
    expect(protocolVariantsMarkdown()).toContain('`crashedLeaderTimer` (timed simulator only):');
  });
});

describe('README "Protocol variants"', () => {
  it('is the list written from the table (copy protocolVariantsMarkdown() into README when it changes)', () => {
    expect(readme).toContain(protocolVariantsMarkdown());
    for (const name of Object.keys(PROTOCOL_RULES))
      expect(protocolVariantsMarkdown()).toContain(`\`${name}\``);
  });
});
