import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { constantAssignments, modelModule } from '../../src/xval/mc-module.ts';
import { resolveModel } from '../../src/xval/resolve.ts';
import { configInText, rawConfigInText } from '../../src/xval/tla-header.ts';
import { WEAK_EQUIV } from './helpers.ts';

const tlaDir = new URL('../../tla/', import.meta.url);
const mcFiles = readdirSync(tlaDir).filter((f) => /^MC_.*\.tla$/.test(f));

/** The CONSTANTS section of a .cfg, one `name = value` / `name <- def` per line, normalised. */
function constants(cfgText: string): string[] {
  const start = cfgText.indexOf('CONSTANTS');
  const init = cfgText.indexOf('INIT');
  return cfgText
    .slice(start, init < 0 ? cfgText.length : init)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '' && !l.startsWith('\\*'));
}

describe('generated TLC model (constants from buildModelConfig)', () => {
  it.each(mcFiles)('reproduces the constants of the checked-in %s from its header config', (file) => {
    const header = rawConfigInText(readFileSync(new URL(file, tlaDir), 'utf8'));
    expect(header?.where).toBe('MC header');
    const { cfg } = resolveModel(header!.config);
    const handWritten = readFileSync(new URL(file.replace(/\.tla$/, '.cfg'), tlaDir), 'utf8');
    expect(constants(constantAssignments(cfg))).toEqual(constants(handWritten));
  });

  it('writes the adversary-only relation, an in-flight CONSTRAINT and Bounded invariants when asked', () => {
    const { config, cfg } = resolveModel(WEAK_EQUIV);
    const m = modelModule('M', config, cfg, {
      scheduler: 'adversary',
      inFlightBound: 2,
      invariants: ['NotarizationUniqueness'],
    });
    expect(m.module).toContain('AdversaryNext ==');
    expect(m.module).toContain('MCInFlightBound == Cardinality(network) <= 2');
    expect(m.module).toContain('BoundedNotarizationUniqueness == MCInFlightBound => NotarizationUniqueness');
    expect(m.cfg).toMatch(/NEXT AdversaryNext\nCONSTRAINT MCInFlightBound/);
    expect(m.cfg).toContain('    BoundedNotarizationUniqueness');
    // The config travels with the module, so TLC output saved with it can be replayed.
    expect(configInText(m.module)).toEqual(config);
  });
});
