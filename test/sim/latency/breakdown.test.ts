import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/block.ts';
import { emptyObservations } from '../../../src/model/observations.ts';
import { latencySamples } from '../../../src/sim/latency/breakdown.ts';
import { testConfig } from '../../helpers/config.ts';

// Three correct validators; 0 leads slot 1 (block 4) and sends it at 400 ms. Link delays: 10 ms
// from 0 to 1, 30 ms from 0 to 2.
const cfg = testConfig({ stakes: [1, 1, 1] });
const blocks: (Block | undefined)[] = [];
blocks[0] = { id: 0, slot: 0, parent: -1, proposer: 0, variant: 0 };
blocks[4] = { id: 4, slot: 1, parent: 0, proposer: 0, variant: 0 };
blocks[8] = { id: 8, slot: 2, parent: 4, proposer: 0, variant: 0 };
const linkDelayMs = (from: number, to: number) => (from === to ? 0 : to === 1 ? 10 : 30);

function observations() {
  const obs = emptyObservations();
  obs.proposals.push({ node: 0, slot: 1, block: 4, parent: 0, atMs: 400 });
  obs.blockArrivals.push({ node: 1, block: 4, atMs: 425 }, { node: 2, block: 4, atMs: 450 });
  obs.certs.push(
    { node: 0, kind: 'notar', slot: 1, block: 4, atMs: 440 },
    { node: 1, kind: 'fastFinal', slot: 1, block: 4, atMs: 445 },
    // Node 2 holds the Notarization before the block is whole (a certificate from others).
    { node: 2, kind: 'notar', slot: 1, block: 4, atMs: 446 },
  );
  return obs;
}

describe('latency breakdown', () => {
  it('splits each node into network, Rotor, notarization and finalization, summing to the total', () => {
    const obs = observations();
    obs.finalized.push(
      { node: 0, slot: 1, block: 4, atMs: 470, path: 'slow' },
      { node: 1, slot: 1, block: 4, atMs: 445, path: 'fast' },
      { node: 2, slot: 1, block: 4, atMs: 480, path: 'slow' },
    );
    const samples = latencySamples({ cfg, obs, blocks, linkDelayMs });
    const by = (node: number) => samples.find((s) => s.node === node);
    expect(by(0)).toMatchObject({
      totalMs: 70,
      networkMs: 0,
      rotorMs: 0,
      notarizationMs: 40,
      finalizationMs: 30,
    });
    expect(by(1)).toMatchObject({
      totalMs: 45,
      networkMs: 10,
      rotorMs: 15,
      notarizationMs: 20,
      finalizationMs: 0,
    });
    expect(by(2)).toMatchObject({
      totalMs: 80,
      networkMs: 30,
      rotorMs: 20,
      notarizationMs: 0,
      finalizationMs: 30,
    });
    for (const s of samples)
      expect(s.networkMs + s.rotorMs + s.notarizationMs + s.finalizationMs).toBe(s.totalMs);
  });

  it('takes a descendant finalization for a block finalized through it (Def. 14), and skips the unfinalized', () => {
    const obs = observations();
    obs.finalized.push({ node: 1, slot: 2, block: 8, atMs: 900, path: 'slow' });
    const samples = latencySamples({ cfg, obs, blocks, linkDelayMs });
    expect(samples.map((s) => [s.node, s.totalMs])).toEqual([[1, 500]]);
  });
});
