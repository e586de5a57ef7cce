import { describe, expect, it } from 'vitest';
import { runSchedule } from '../../scenarios/drivers/schedule.ts';
import { stakeWeighted, vrfLeaderSelection } from '../../scenarios/vrf-leader-selection.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { scenarioContext } from '../helpers/scenario-context.ts';
import {
  CUMULATIVE_OFF_BY_ONE,
  DRAW_PER_SLOT,
  TIES_IN_LISTING_ORDER,
  UNIFORM_OVER_LISTED,
} from '../properties/schedule/buggy-schedules.ts';

/** The guide's example config (configs/small_stateright.json): 5 equal validators, 4-slot windows. */
const guide = { ...DEFAULT_CONFIG, validators: 5, byzantine_count: 1, offline_count: 1, max_rounds: 10 };

async function schedule(algorithm?: Parameters<typeof runSchedule>[0]['algorithm'], config = guide) {
  const ctx = scenarioContext(config, { seed: 20261124, runs: 60, mode: 'pbt' });
  const result = await runSchedule({
    ctx,
    config: stakeWeighted(config),
    runs: 60,
    ...(algorithm ? { algorithm } : {}),
  });
  return {
    result,
    failed: result.properties.filter((p) => p.passed === false).map((p) => p.property),
  };
}

describe('vrf_leader_selection: the schedule driver', () => {
  it('Solana’s schedule passes every schedule property and reports the statistics', async () => {
    const { result, failed } = await schedule();
    expect(failed).toEqual([]);
    expect(result.properties.map((p) => p.property)).toEqual([
      'ScheduleAgreement',
      'OneLeaderPerWindow',
      'NoZeroStakeLeader',
      'ScheduleDeterminism',
      'StakeProportional',
    ]);
    const stats = result.extra?.leader_schedule as Record<string, number>;
    expect(stats.epochs_drawn).toBe(30);
    expect(stats.windows_drawn).toBe(30_000);
    expect(stats.largest_deviation_sd).toBeLessThan(stats.critical_z as number);
    expect(stats.cases_generated).toBe(4 * 61);
  });

  // Unequal stakes, so that a draw ignoring stake is biased on the config's own table too.
  const unequal = { ...guide, stake_distribution: { '0': 1, '1': 2, '2': 3, '3': 4, '4': 10 } };
  it.each([
    [
      'ties kept in listing order',
      TIES_IN_LISTING_ORDER,
      guide,
      ['ScheduleAgreement', 'ScheduleDeterminism'],
    ],
    ['a draw per slot', DRAW_PER_SLOT, guide, ['OneLeaderPerWindow']],
    ['stake ignored', UNIFORM_OVER_LISTED, unequal, ['NoZeroStakeLeader', 'StakeProportional']],
  ])('a plausible bug (%s) is reported by the driver', async (_name, algorithm, config, expected) => {
    const { failed, result } = await schedule(algorithm, config);
    expect(failed).toEqual(expected);
    const message = result.properties.find((p) => p.property === expected[0])?.error ?? '';
    expect(message).toMatch(/leader-schedule --epoch \d+ --stakes|standard deviations/);
  });

  it('a biased draw (cumulative search off by one) fails StakeProportional on the guide’s equal stakes', async () => {
    const { failed } = await schedule(CUMULATIVE_OFF_BY_ONE);
    expect(failed).toContain('StakeProportional');
  });
});

describe('vrf_leader_selection: timed runs under the schedule', () => {
  it('safety and liveness hold on the white paper’s thresholds, each run with its own epoch', async () => {
    const config = { ...guide, fast_path_threshold: 0.8, slow_path_threshold: 0.6 };
    const ctx = scenarioContext(config, { seed: 3, runs: 50, mode: 'sim' });
    const result = await vrfLeaderSelection.run(ctx);
    expect(result.runs).toBe(2);
    expect(result.properties.filter((p) => p.passed !== true)).toEqual([]);
    expect(result.properties.length).toBe(20);
  });
});
