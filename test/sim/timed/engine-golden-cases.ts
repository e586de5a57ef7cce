import { createHash } from 'node:crypto';
import type { AlpenglowConfig } from '../../../src/core/config/index.ts';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { drawFaultPlan } from '../../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

/**
 * Fixed-seed timed runs whose every input, loss, observation and final state is fingerprinted:
 * the engine (event queue, broadcast batches, in-place stepping, stake tallies) may change how a
 * run is computed, never what it is. Each case is a corner: Byzantine and offline validators,
 * unequal stakes, slow links, partitions before GST, message loss, grown timeouts, agave's rules.
 */
export interface GoldenCase {
  readonly name: string;
  readonly config: AlpenglowConfig;
  readonly seed: string;
  readonly withPlan: boolean;
  readonly slowExtraMs?: readonly number[];
}

const zipf = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), Math.ceil(1000 / (i + 1))]));

export const GOLDEN_CASES: readonly GoldenCase[] = [
  {
    name: '4 validators, one silent Byzantine',
    config: timedConfig({ validators: 4, byzantine_count: 1, byzantine_strategy: 'silent', max_rounds: 10 }),
    seed: 'engine-1',
    withPlan: false,
  },
  {
    name: '10 validators, Zipf stakes, two slow validators, partitions',
    config: timedConfig({
      validators: 10,
      stake_distribution: zipf(10),
      network_partitions: true,
      gst_ms: 2000,
    }),
    seed: 'engine-2',
    withPlan: true,
    slowExtraMs: [0, 0, 0, 120, 0, 0, 0, 0, 40, 0],
  },
  {
    name: '6 validators, adaptive timeouts, short standstill, partitions',
    config: timedConfig({
      validators: 6,
      adaptive_timeouts: true,
      standstill_ms: 400,
      network_partitions: true,
      gst_ms: 4000,
      max_rounds: 16,
    }),
    seed: 'engine-3',
    withPlan: true,
  },
  {
    name: '8 validators, two offline, 5% message loss',
    config: timedConfig({ validators: 8, offline_count: 2, message_loss: 0.05 }),
    seed: 'engine-4',
    withPlan: false,
  },
  {
    name: '5 validators, agave rules, tight timeout',
    config: timedConfig({ validators: 5, protocol: 'agave', timeout_ms: 450, max_rounds: 12 }),
    seed: 'engine-5',
    withPlan: false,
  },
  {
    name: '12 validators, window 2, unequal stakes',
    config: timedConfig({
      validators: 12,
      leader_window_size: 2,
      stake_distribution: zipf(12),
      max_rounds: 8,
    }),
    seed: 'engine-6',
    withPlan: false,
  },
];

export function goldenFingerprint(c: GoldenCase): string {
  const params = { ...timedParams(c.config), ...(c.slowExtraMs ? { slowExtraMs: c.slowExtraMs } : {}) };
  const faults = { validators: c.config.validators, partitions: true, activeMs: 10_000 };
  const plan = c.withPlan ? drawFaultPlan(params, faults, rngFromSeed(`${c.seed}-plan`)) : undefined;
  const { run } = runTimed(c.config, { seed: c.seed, params, ...(plan ? { plan } : {}) });
  const text = JSON.stringify({
    inputs: run.inputs,
    lost: run.lost,
    events: run.events,
    observations: run.observations,
    state: run.state,
  });
  return createHash('sha256').update(text).digest('hex');
}
