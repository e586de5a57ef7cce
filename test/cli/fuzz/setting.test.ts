import { describe, expect, it } from 'vitest';
import { runSeed } from '../../../src/cli/fuzz/seeds.ts';
import {
  CANARY_ONE_IN,
  drawSetting,
  pinnedSetting,
  settingGroup,
  settingRecord,
} from '../../../src/cli/fuzz/setting.ts';
import { DEFAULT_CONFIG, validateConfig } from '../../../src/core/config/index.ts';

const SEEDS = Array.from({ length: 800 }, (_, k) => runSeed(20261124, k));
const settings = SEEDS.map(drawSetting);

describe('a run draws its whole setting from its seed (swarm testing)', () => {
  it('draws the same setting from the same seed', () => {
    expect(drawSetting(SEEDS[3] as number)).toEqual(settings[3]);
    expect(settings[3]).not.toEqual(settings[4]);
  });

  it('draws only configs the CLI would accept', () => {
    for (const s of settings) {
      const checked = validateConfig(s.config);
      expect(checked.ok, JSON.stringify(checked)).toBe(true);
    }
  });

  it('varies every axis: families, drivers, protocols, schedules, strategies, validator counts', () => {
    const values = (f: (s: (typeof settings)[number]) => unknown) => new Set(settings.map(f));
    expect(values((s) => s.family)).toEqual(new Set(['paper', 'guide', 'weak', 'canary']));
    expect(values((s) => s.driver)).toEqual(new Set(['pbt', 'sim', 'exhaustive']));
    expect(values((s) => s.config.protocol)).toEqual(new Set(['whitepaper', 'agave']));
    expect(values((s) => s.config.leader_schedule)).toEqual(new Set(['round_robin', 'stake_weighted']));
    expect(values((s) => s.config.byzantine_strategy).size).toBe(7);
    expect(values((s) => s.config.validators).size).toBeGreaterThanOrEqual(7);
    expect(values((s) => s.config.stake_distribution === null)).toEqual(new Set([true, false]));
    expect(settings.some((s) => s.config.network_partitions)).toBe(true);
  });

  it('draws the canary regularly: about one run in eight', () => {
    const canaries = settings.filter((s) => s.family === 'canary');
    expect(canaries.length).toBeGreaterThan(800 / CANARY_ONE_IN / 1.5);
    expect(canaries.length).toBeLessThan((800 / CANARY_ONE_IN) * 1.5);
    for (const c of canaries) {
      expect(c.expect).toBe('break');
      expect([c.config.fast_path_threshold, c.config.slow_path_threshold]).toEqual([0.67, 0.51]);
    }
  });

  it("keeps the paper family inside the paper's assumption (Byzantine stake below 20%, 0.8/0.6)", () => {
    const paper = settings.filter((s) => s.family === 'paper');
    expect(paper.length).toBeGreaterThan(200);
    for (const s of paper) {
      expect(s.expect).toBe('hold');
      expect([s.config.fast_path_threshold, s.config.slow_path_threshold]).toEqual([0.8, 0.6]);
      const stake = (i: number) => BigInt(s.config.stake_distribution?.[String(i)] ?? 1);
      const total = Array.from({ length: s.config.validators }, (_, i) => stake(i)).reduce(
        (a, b) => a + b,
        0n,
      );
      const byzantine = (s.config.byzantine_validators ?? []).reduce((a, i) => a + stake(i), 0n);
      expect(byzantine * 5n).toBeLessThan(total);
    }
  });

  it('keeps exhaustive settings tiny and every budget a count', () => {
    for (const s of settings) {
      if (s.driver === 'exhaustive') {
        expect(s.config.validators).toBeLessThanOrEqual(4);
        expect(s.budget.maxStates).toBeGreaterThan(0);
      }
      expect(Number.isInteger(s.budget.runs) && s.budget.runs > 0).toBe(true);
    }
  });

  it('pins a --config: its config, the driver asked for, expected to hold', () => {
    const config = { ...DEFAULT_CONFIG, validators: 4, exploration_depth: 50 };
    const pinned = pinnedSetting(config, 'sim');
    expect(pinned).toMatchObject({ family: 'pinned', expect: 'hold', driver: 'sim', config });
    expect(settingGroup(settingRecord(pinned))).toBe('pinned/sim/whitepaper');
  });

  it('records a setting as its changes to the defaults', () => {
    const record = settingRecord(pinnedSetting({ ...DEFAULT_CONFIG, validators: 4, seed: 9 }, 'pbt'));
    expect(record.config).toEqual({ validators: 4 });
  });
});
