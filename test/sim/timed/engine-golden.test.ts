import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTimed } from '../../helpers/timed.ts';
import { GOLDEN_CASES, goldenFingerprint } from './engine-golden-cases.ts';

// Fingerprints recorded on commit d440e3f, before the scalable engine (broadcast batches, in-place
// steps, stake tallies): small configs must give the same runs byte for byte.
const GOLDEN: Record<string, string> = JSON.parse(
  readFileSync(new URL('./fixtures/engine-golden.json', import.meta.url), 'utf8'),
);

describe('the timed engine leaves fixed-seed small runs unchanged', () => {
  for (const c of GOLDEN_CASES) {
    it(c.name, () => {
      // Not a trivial run: something was finalized, so the fingerprint covers votes and certificates.
      expect(runTimed(c.config, { seed: c.seed }).obs.finalized.length).toBeGreaterThan(0);
      expect(goldenFingerprint(c)).toBe(GOLDEN[c.name]);
    });
  }
});
