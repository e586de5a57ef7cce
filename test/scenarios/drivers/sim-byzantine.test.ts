import { describe, expect, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { runSim } from '../../../scenarios/drivers/sim.ts';
import { validateConfig } from '../../../src/core/config/index.ts';
import { scenarioContext } from '../../helpers/scenario-context.ts';
import { timedConfig } from '../../helpers/timed.ts';

// The sim driver's report says who was Byzantine (ids and stake) and counts what they did.

describe('sim driver report under attack', () => {
  it('lists the Byzantine ids with their stake share, and counts their proposals and messages received', async () => {
    const v = validateConfig({
      ...timedConfig({ max_rounds: 8, leader_window_size: 2, leader_offset: 0 }),
      validators: 6,
      stake_distribution: { 0: 40, 1: 20, 2: 13, 3: 10, 4: 8, 5: 9 },
      byzantine_count: undefined,
      byzantine_top_stake: 0.199,
      byzantine_strategy: 'equivocating_leader',
    });
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const result = await runSim({
      ctx: scenarioContext(v.config, { runs: 1 }),
      config: v.config,
      runs: 1,
      liveness: LIVENESS_PROPERTIES,
      safety: SAFETY_PROPERTIES,
    });
    const simulation = result.extra?.simulation as Record<string, unknown>;
    // 40 and 20 pass 19.9%; 13 fits, then 10, 9 and 8 would pass it: validator 2 alone (13%).
    expect(simulation.byzantine).toEqual({
      strategy: 'equivocating_leader',
      validators: [{ id: 2, stake_percent: 13 }],
      stake_percent: 13,
    });
    expect(result.byzantineEvents).toBeGreaterThan(10);
    expect(result.properties.filter((p) => p.passed === false).map((p) => p.name)).toEqual([]);
  });
});
