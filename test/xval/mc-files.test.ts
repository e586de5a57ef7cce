import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_NOTAR_FALLBACK_PER_VOTER } from '../../src/core/limits.ts';
import { PROTOCOL_VARIANTS } from '../../src/model/protocol-rules.ts';
import { MC_MODELS, SPEC_SAFETY_INVARIANTS } from '../../src/xval/mc-catalog.ts';
import { mcFiles } from '../../src/xval/mc-files.ts';
import { resolveModel } from '../../src/xval/resolve.ts';
import { fromMcHeader, rawConfigInText } from '../../src/xval/tla-header.ts';

const tlaDir = new URL('../../tla/', import.meta.url);
const spec = readFileSync(new URL('Alpenglow.tla', tlaDir), 'utf8');

describe('checked-in TLC models (tla/MC_*) are generated', () => {
  // Fails when a file was edited by hand or the generator (or a TS constant) changed since the
  // files were written; `-u` rewrites them.
  it.each(MC_MODELS.map((m) => [m.name, m] as const))(
    '%s matches what the generator writes now',
    async (_, m) => {
      const files = mcFiles(m);
      await expect(files.tla).toMatchFileSnapshot(`../../tla/${m.name}.tla`);
      await expect(files.cfg).toMatchFileSnapshot(`../../tla/${m.name}.cfg`);
    },
  );

  it('lists every MC file of tla/ in the catalog', () => {
    const onDisk = readdirSync(tlaDir)
      .filter((f) => /^MC_.*\.(tla|cfg)$/.test(f))
      .map((f) => f.replace(/\.(tla|cfg)$/, ''));
    expect([...new Set(onDisk)].sort()).toEqual(MC_MODELS.map((m) => m.name).sort());
  });

  it('keeps the header config readable by tla-header (so TLC output pasted with it can be replayed)', () => {
    for (const m of MC_MODELS) expect(rawConfigInText(mcFiles(m).tla)?.where).toBe('MC header');
  });
});

describe('one source for protocol constants', () => {
  it('declares the NotarFallback cap as a CONSTANT of the spec, not a literal', () => {
    const constants = spec.slice(spec.indexOf('CONSTANTS'), spec.indexOf('VARIABLES'));
    expect(constants).toMatch(/\bMaxNotarFallbackPerVoter\b/);
    expect(spec).not.toMatch(/MaxNotarFallbackPerVoter\s*==/);
  });

  it('sets the cap from the TS constant in every generated .cfg', () => {
    for (const m of MC_MODELS)
      expect(mcFiles(m).cfg).toContain(`    MaxNotarFallbackPerVoter = ${MAX_NOTAR_FALLBACK_PER_VOTER}\n`);
  });

  it('sets every CONSTANT the spec declares, and nothing else', () => {
    const declared = [
      ...spec.slice(spec.indexOf('CONSTANTS'), spec.indexOf('VARIABLES')).matchAll(/^\s{4}(\w+)/gm),
    ]
      .map((x) => x[1])
      .sort();
    for (const m of MC_MODELS) {
      const cfg = mcFiles(m).cfg;
      const set = [...cfg.slice(cfg.indexOf('CONSTANTS'), cfg.indexOf('INIT')).matchAll(/^\s{4}(\w+)/gm)]
        .map((x) => x[1])
        .sort();
      expect(set, m.name).toEqual(declared);
    }
  });

  it('sets PROTOCOL from the ModelConfig in every generated .cfg; two models run agave', () => {
    for (const m of MC_MODELS) {
      const { cfg } = resolveModel(fromMcHeader(m.header));
      expect(cfg.protocol).toBe(m.header.protocol ?? 'whitepaper');
      expect(mcFiles(m).cfg, m.name).toContain(`    PROTOCOL = "${cfg.protocol}"\n`);
    }
    expect(MC_MODELS.filter((m) => m.header.protocol === 'agave').length).toBeGreaterThanOrEqual(2);
  });

  it("writes the TS variants table (PROTOCOL_VARIANTS) as the spec's ProtocolVariants", () => {
    const entries = Object.entries(PROTOCOL_VARIANTS).map(
      ([name, rules]) => `${name} |-> {${rules.map((r) => `"${r}"`).join(', ')}}`,
    );
    expect(spec).toContain(`ProtocolVariants == [${entries.join(', ')}]\n`);
  });

  it('checks only invariants the spec defines', () => {
    for (const name of ['TypeOK', 'NoDeadlockAtHorizon', ...SPEC_SAFETY_INVARIANTS])
      expect(spec, name).toMatch(new RegExp(`^${name} ==`, 'm'));
  });
});
