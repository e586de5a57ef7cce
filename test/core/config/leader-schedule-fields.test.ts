import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from '../../../src/core/config/index.ts';

function problems(raw: object): string[] {
  const r = validateConfig(raw);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
}

describe('leader_schedule and leader_schedule_epoch (issue 13)', () => {
  it('default to the round-robin schedule and a generated epoch', () => {
    expect(DEFAULT_CONFIG.leader_schedule).toBe('round_robin');
    expect(DEFAULT_CONFIG.leader_schedule_epoch).toBeNull();
  });

  it('accept the stake-weighted schedule with vrf_enabled, with and without an epoch', () => {
    const a = validateConfig({ vrf_enabled: true, leader_schedule: 'stake_weighted' });
    expect(a.ok && a.config.leader_schedule).toBe('stake_weighted');
    const b = validateConfig({ leader_schedule: 'stake_weighted', leader_schedule_epoch: 457468 });
    expect(b.ok && b.config.leader_schedule_epoch).toBe(457468);
  });

  it.each([
    [
      { leader_schedule: 'vrf' },
      'leader_schedule: must be one of "round_robin", "stake_weighted", got "vrf"',
    ],
    [{ leader_schedule_epoch: -1 }, 'leader_schedule_epoch: must be an integer >= 0, got -1'],
    [{ leader_schedule_epoch: 1.5 }, 'leader_schedule_epoch: must be an integer >= 0, got 1.5'],
    [
      { leader_schedule: 'stake_weighted', vrf_enabled: false },
      'leader_schedule: "stake_weighted" needs vrf_enabled true, and the config has vrf_enabled (false): vrf_enabled false keeps the round-robin schedule',
    ],
    [
      { leader_schedule: 'stake_weighted', leader_offset: 1 },
      'leader_offset: rotates the round-robin schedule only; with leader_schedule "stake_weighted" set leader_schedule_epoch instead',
    ],
    [
      { leader_schedule_epoch: 3 },
      'leader_schedule_epoch: seeds the stake-weighted schedule only; set leader_schedule (default "round_robin") to "stake_weighted"',
    ],
  ])('refuse %j', (raw, message) => {
    expect(problems(raw)).toEqual([message]);
  });
});
