import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { runExhaustive } from '../../../scenarios/drivers/exhaustive.ts';
import { runPbt } from '../../../scenarios/drivers/pbt.ts';
import { type AlpenglowConfig, validateConfig } from '../../../src/core/config/index.ts';
import { buildModelConfig } from '../../../src/model/config.ts';
import { leaderOf } from '../../../src/model/schedule.ts';
import { replayTrace } from '../../../src/sim/replay-trace.ts';
import type { NativeTrace } from '../../../src/sim/trace.ts';
import { scenarioContext } from '../../helpers/scenario-context.ts';

function config(raw: object): AlpenglowConfig {
  const r = validateConfig({ ...raw, vrf_enabled: true, leader_schedule: 'stake_weighted' });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.config;
}

/** The guide's thresholds 0.67/0.51 with an equivocating leader (configs/guide-thresholds-equivocation.json). */
const weak = config({
  validators: 5,
  byzantine_count: 1,
  offline_count: 0,
  max_rounds: 2,
  exploration_depth: 400,
  byzantine_strategy: 'equivocating_leader',
});

describe('drivers under the stake-weighted schedule: the epoch is the generated choice', () => {
  it('random schedules find the weak-threshold attack; the trace pins the epoch and replays', async () => {
    const saved: NativeTrace[] = [];
    // One property, so that shrinking (most of the cost) runs once.
    const selection = { only: ['NotarizationUniqueness'], skip: [] };
    const ctx = scenarioContext(weak, { runs: 20, depth: 400, selection });
    const result = await runPbt({
      ctx: {
        ...ctx,
        saveTrace: (name, trace) => {
          saved.push(trace);
          return `memory:${name}`;
        },
      },
      config: weak,
      properties: SAFETY_PROPERTIES,
      runs: 20,
      label: null,
    });
    expect(result.properties.some((p) => p.passed === false)).toBe(true);
    const trace = saved[saved.length - 1] as NativeTrace;
    expect(trace.config.leader_schedule).toBe('stake_weighted');
    expect(trace.config.leader_offset).toBeNull();
    const epoch = trace.config.leader_schedule_epoch as number;
    expect(Number.isInteger(epoch)).toBe(true);
    // The attack needs the Byzantine validator (id 4) to lead: the epoch chosen makes it lead.
    const cfg = buildModelConfig(trace.config);
    expect(leaderOf(cfg, 1)).toBe(4);
    expect(replayTrace(trace, SAFETY_PROPERTIES).matchesRecorded).toBe(true);
  });

  it('the explorer searches one epoch per validator (0..n−1) and reports each', async () => {
    const tiny = config({
      validators: 3,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 1,
      leader_window_size: 1,
    });
    const ctx = scenarioContext(
      { ...tiny, fast_path_threshold: 0.8, slow_path_threshold: 0.6 },
      { depth: 30, maxStates: 300 },
    );
    const result = await runExhaustive({
      ctx,
      config: ctx.config,
      properties: SAFETY_PROPERTIES,
    });
    const exploration = result.extra?.exploration as {
      per_leader_offset: { leader_schedule_epoch: number }[];
    };
    const per = exploration.per_leader_offset;
    expect(per.map((p) => p.leader_schedule_epoch)).toEqual([0, 1, 2]);
    expect(result.properties.every((p) => p.passed !== false)).toBe(true);
  });
});
