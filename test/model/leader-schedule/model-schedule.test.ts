import { describe, expect, it } from 'vitest';
import { type AlpenglowConfig, DEFAULT_CONFIG } from '../../../src/core/config/index.ts';
import { buildModelConfig } from '../../../src/model/config.ts';
import { leaderOf } from '../../../src/model/schedule.ts';

/** Three validators of stake 10, 20, 30 (agave's exact-order example). */
function config(over: Partial<AlpenglowConfig>): AlpenglowConfig {
  return {
    ...DEFAULT_CONFIG,
    validators: 3,
    byzantine_count: 0,
    offline_count: 0,
    stake_distribution: { '0': 10, '1': 20, '2': 30 },
    max_rounds: 12,
    ...over,
  };
}

const leaders = (c: AlpenglowConfig, options = {}) => {
  const cfg = buildModelConfig(c, options);
  return Array.from({ length: cfg.maxSlot }, (_, i) => leaderOf(cfg, i + 1));
};

describe('leaderOf under leader_schedule "stake_weighted" (issue 13)', () => {
  it('windows of one slot: agave epoch 1, stakes [10, 20, 30], 12 slots, one slot per leader', () => {
    const c = config({ leader_schedule: 'stake_weighted', leader_schedule_epoch: 1, leader_window_size: 1 });
    expect(leaders(c)).toEqual([1, 1, 2, 1, 1, 0, 0, 1, 2, 1, 0, 1]);
  });

  it('windows of two slots: one draw per window (agave repeat 2)', () => {
    const c = config({ leader_schedule: 'stake_weighted', leader_schedule_epoch: 1, leader_window_size: 2 });
    expect(leaders(c)).toEqual([1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 0, 0]);
  });

  it('the epoch option (a generated epoch) overrides the config and records it', () => {
    const c = config({ leader_schedule: 'stake_weighted', leader_schedule_epoch: 1, leader_window_size: 1 });
    expect(leaders(c, { epoch: 457469 })).toEqual([1, 2, 2, 2, 2, 2, 2, 1, 0, 2, 2, 0]);
    expect(buildModelConfig(c, { epoch: 457469 }).leaderScheduleEpoch).toBe(457469);
    expect(buildModelConfig(c).leaderScheduleEpoch).toBe(1);
  });

  it('vrf_enabled alone keeps the round-robin schedule (the guide default is true)', () => {
    const c = config({ vrf_enabled: true, leader_window_size: 4 });
    expect(leaders(c, { leaderOffset: 1 })).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 0, 0, 0, 0]);
    expect(buildModelConfig(c).leaderScheduleEpoch).toBeNull();
  });
});
