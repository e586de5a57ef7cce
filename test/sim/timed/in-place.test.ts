import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import type { SafetyProperty } from '../../../properties/types.ts';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { buildModelConfig } from '../../../src/model/config.ts';
import { drawFaultPlan, NO_FAULTS } from '../../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../../src/sim/timed/loss.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { simulate } from '../../../src/sim/timed/simulator.ts';
import { defaultHorizonMs } from '../../../src/sim/timed/timing.ts';
import { GOLDEN_CASES } from './engine-golden-cases.ts';

/** A golden case run copy-on-write and in place: every per-step `changed` flag is recorded too. */
function run(c: (typeof GOLDEN_CASES)[number], inPlace: boolean) {
  const cfg = buildModelConfig(c.config, { leaderOffset: 0 });
  const params = { ...timedParams(c.config), ...(c.slowExtraMs ? { slowExtraMs: c.slowExtraMs } : {}) };
  const faults = { validators: c.config.validators, partitions: true, activeMs: 10_000 };
  const plan = c.withPlan ? drawFaultPlan(params, faults, rngFromSeed(`${c.seed}-plan`)) : NO_FAULTS;
  const changes: boolean[] = [];
  const result = simulate({
    cfg,
    params,
    plan,
    loss: networkLoss(c.config),
    horizonMs: defaultHorizonMs(cfg, params, plan),
    rng: rngFromSeed(c.seed),
    maxEvents: 5_000_000,
    inPlace,
    onStep: (_s, _i, changed) => changes.push(changed),
  });
  return { text: JSON.stringify({ ...result, state: result.state }), changes };
}

describe('stepping in place', () => {
  for (const c of GOLDEN_CASES) {
    it(`gives the copy-on-write run: ${c.name}`, () => {
      const copied = run(c, false);
      const inPlace = run(c, true);
      expect(inPlace.text).toBe(copied.text);
      expect(inPlace.changes).toEqual(copied.changes);
      // Duplicates exist in every such run (each certificate reaches a node from many senders).
      expect(copied.changes.filter((x) => !x).length).toBeGreaterThan(0);
    });
  }
});

describe('stepping in place, judged per state', () => {
  // A review found the safety views (properties/safety/memo.ts) cached per State object: in place
  // the object stayed the same, so every check after the first read the first state's views.
  it('a certificate planted mid-run is found by the checks after it (no view is cached across steps)', () => {
    const c = GOLDEN_CASES[3] as (typeof GOLDEN_CASES)[number];
    const cfg = buildModelConfig(c.config, { leaderOffset: 0 });
    const params = timedParams(c.config);
    const found: string[] = [];
    const validity = SAFETY_PROPERTIES.find((p) => p.name === 'CertificateValidity') as SafetyProperty;
    let planted = false;
    simulate({
      cfg,
      params,
      plan: NO_FAULTS,
      horizonMs: defaultHorizonMs(cfg, params, NO_FAULTS),
      rng: rngFromSeed(c.seed),
      maxEvents: 5_000_000,
      inPlace: true,
      onStep: (state, step) => {
        const message = validity.check(cfg, state);
        if (message) found.push(message);
        if (step !== 40 || planted) return;
        // A Notarization with no signers in validator 0's pool for slot 1: never valid.
        const slot = state.nodes[0]?.slots[1] as unknown as { certs: unknown[] };
        slot.certs.push({ kind: 'notar', slot: 1, block: 4, signers: [] });
        planted = true;
      },
    });
    expect(planted).toBe(true);
    expect(found.length).toBeGreaterThan(0);
  });
});
