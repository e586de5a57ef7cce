import { describe, expect, it } from 'vitest';
import { type AlpenglowConfig, DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import { leaderOf } from '../../src/model/schedule.ts';
import {
  fixedScheduleChoice,
  GENERATED_EPOCHS,
  preferredScheduleChoices,
  scheduleChoiceCount,
  scheduleChoicesToExplore,
  scheduleFields,
  scheduleOptions,
} from '../../src/sim/schedule-choice.ts';
import { bindModel } from '../../src/sim/setup.ts';

const roundRobin: AlpenglowConfig = { ...DEFAULT_CONFIG, validators: 5 };
const weighted: AlpenglowConfig = { ...roundRobin, leader_schedule: 'stake_weighted' };

describe('the generated schedule choice: a rotation under round-robin, an epoch under stake-weighted', () => {
  it('round-robin: the choice is leader_offset, one per validator, Byzantine ids preferred', () => {
    expect(scheduleOptions(roundRobin, 3)).toEqual({ leaderOffset: 3 });
    expect(scheduleFields(roundRobin, 3)).toEqual({ leader_offset: 3 });
    expect(fixedScheduleChoice(roundRobin)).toBeNull();
    expect(fixedScheduleChoice({ ...roundRobin, leader_offset: 2 })).toBe(2);
    expect(scheduleChoiceCount(roundRobin)).toBe(5);
    expect(scheduleChoicesToExplore(roundRobin)).toEqual([0, 1, 2, 3, 4]);
    expect(preferredScheduleChoices(roundRobin)).toEqual([4]);
  });

  it('stake-weighted: the choice is the epoch, the trace pins it and no rotation', () => {
    expect(scheduleOptions(weighted, 7)).toEqual({ epoch: 7 });
    expect(scheduleFields(weighted, 7)).toEqual({ leader_schedule_epoch: 7, leader_offset: null });
    expect(fixedScheduleChoice({ ...weighted, leader_schedule_epoch: 9 })).toBe(9);
    expect(scheduleChoiceCount(weighted)).toBe(GENERATED_EPOCHS);
    expect(scheduleChoicesToExplore(weighted)).toEqual([0, 1, 2, 3, 4]);
    expect(scheduleChoicesToExplore({ ...weighted, leader_schedule_epoch: 9 })).toEqual([9]);
  });

  it('stake-weighted: preferred epochs are those whose first window a Byzantine validator leads', () => {
    const preferred = preferredScheduleChoices(weighted);
    expect(preferred.length).toBeGreaterThan(10);
    for (const epoch of preferred) {
      expect(leaderOf(buildModelConfig(weighted, { epoch }), 1)).toBe(4);
    }
    const others = Array.from({ length: 256 }, (_, e) => e).filter((e) => !preferred.includes(e));
    expect(others.every((epoch) => leaderOf(buildModelConfig(weighted, { epoch }), 1) !== 4)).toBe(true);
  });

  it('bindModel reads the choice as the epoch under stake-weighted', () => {
    const setup = { config: weighted, maxSlot: 8, properties: [] };
    expect(bindModel(setup, 11).cfg.leaderScheduleEpoch).toBe(11);
    expect(bindModel({ ...setup, config: roundRobin }, 3).cfg.leaderOffset).toBe(3);
  });
});
