import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { crossValidate, XvalError } from '../../src/xval/index.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TINY_CONFIG } from '../helpers/fixtures.ts';

// The forger is TS-only (tla/README.md): cross-validating it would compare two different systems.

const FORGER = {
  ...TINY_CONFIG,
  validators: 4,
  byzantine_count: 1,
  offline_count: 0,
  byzantine_strategy: 'forger',
};

describe('cross-validation refuses the TS-only forger strategy', () => {
  it('--cross-validate is an input error before anything runs, and no report is written', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'forger.json', FORGER);
    const output = join(dir, 'forger.report.json');
    const r = await runInProcess([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--cross-validate',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--cross-validate: byzantine_strategy forger is TS-only');
    expect(existsSync(output)).toBe(false);
  });

  it('crossValidate throws an XvalError; with no Byzantine validator the strategy does not matter', async () => {
    const forger = { ...DEFAULT_CONFIG, ...FORGER };
    await expect(crossValidate(forger, { properties: [], env: {} })).rejects.toBeInstanceOf(XvalError);
    // 2 correct + 1 offline (183 states): the strategy names no one.
    const none = { ...DEFAULT_CONFIG, ...TINY_CONFIG, byzantine_strategy: 'forger' };
    await expect(crossValidate(none, { properties: [], env: {} })).resolves.toMatchObject({
      available: false,
    });
  });
});
