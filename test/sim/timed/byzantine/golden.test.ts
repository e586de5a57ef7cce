import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../../src/core/rng.ts';
import { drawFaultPlan } from '../../../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../../../src/sim/timed/params.ts';
import { runTimed, timedConfig } from '../../../helpers/timed.ts';

// Recorded with the simulator before Byzantine validators acted in timed runs (commit in the file):
// a run without Byzantine validators, or with silent ones, must draw and deliver exactly as then.
const golden = JSON.parse(
  readFileSync(new URL('./fixtures/golden-no-byzantine.json', import.meta.url), 'utf8'),
).runs as Record<string, { inputs: number; events: number; sha256: string }>;

const partitions = timedConfig({ validators: 7, offline_count: 1, network_partitions: true, gst_ms: 1500 });
const plan = drawFaultPlan(
  timedParams(partitions),
  { validators: 7, partitions: true, activeMs: 20_000 },
  rngFromSeed('plan'),
);
const RUNS = {
  'offline-partitions': () => runTimed(partitions, { seed: 'golden', plan }),
  'silent-byzantine': () =>
    runTimed(
      timedConfig({ validators: 5, byzantine_count: 1, byzantine_strategy: 'silent', max_rounds: 8 }),
      {
        seed: 'golden',
      },
    ),
  'skewed-stake': () =>
    runTimed(
      timedConfig({
        validators: 6,
        max_rounds: 8,
        stake_distribution: { 0: 40, 1: 20, 2: 13, 3: 10, 4: 8, 5: 7 },
      }),
      { seed: 'golden', leaderOffset: 2 },
    ),
};

describe('timed runs without acting Byzantine validators are unchanged (golden)', () => {
  for (const [name, run] of Object.entries(RUNS)) {
    it(name, () => {
      const r = run();
      const text = JSON.stringify(r.run.inputs);
      expect({
        inputs: r.run.inputs.length,
        events: r.run.events,
        sha256: createHash('sha256').update(text).digest('hex'),
      }).toEqual({
        inputs: golden[name]?.inputs,
        events: golden[name]?.events,
        sha256: golden[name]?.sha256,
      });
    });
  }
});
