import { describe, expect, it, vi } from 'vitest';
import type { ModelConfig } from '../../src/model/config.ts';
import type { Cert } from '../../src/model/messages.ts';
import { pbtRun, whitepaperConfig } from './drivers.ts';

/**
 * Class 1 of issue 10: what a Byzantine validator can sign but a correct one never sends. The
 * seeded bug: certificate verification forgets the stake check, so an aggregate with too few
 * signers is accepted. No strategy but `forger` ever sends such an aggregate, so before it
 * existed this bug passed every property on every driver.
 */
const bug = vi.hoisted(() => ({ on: false }));

vi.mock('../../src/model/pool/certs.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/pool/certs.ts')>();
  return {
    ...original,
    certIsValid(cfg: ModelConfig, blocks: Parameters<typeof original.certIsValid>[1], cert: Cert) {
      if (!bug.on) return original.certIsValid(cfg, blocks, cert);
      // The mutation: well-formedness is checked, the signers' stake is not.
      const enough = { ...cfg, quorum: { ...cfg.quorum, fast: 0n, slow: 0n } };
      return original.certIsValid(enough, blocks, cert);
    },
  };
});

const RUNS = { seed: 11, runs: 40, depth: 150 };

describe('forged messages (class 1)', () => {
  it('the forger makes the pbt driver report a receiver that accepts short certificates', async () => {
    bug.on = true;
    try {
      const run = await pbtRun(whitepaperConfig({ byzantine_strategy: 'forger' }), {
        ...RUNS,
        until: 'CertificateValidity',
      });
      expect(run.violated).toContain('CertificateValidity');
      expect(run.traces.get('CertificateValidity')?.length).toBeGreaterThan(0);
    } finally {
      bug.on = false;
    }
  });

  it('without the forger the same bug passes (no strategy sends a short certificate)', async () => {
    bug.on = true;
    try {
      const run = await pbtRun(whitepaperConfig({ byzantine_strategy: 'arbitrary' }), RUNS);
      expect(run.violated).toEqual([]);
    } finally {
      bug.on = false;
    }
  });

  it('without the bug the forger run reports nothing', async () => {
    const run = await pbtRun(whitepaperConfig({ byzantine_strategy: 'forger' }), RUNS);
    expect(run.violated).toEqual([]);
  });
});
