import type { AlpenglowConfig } from '../core/config/index.ts';
import { buildModelConfig, type ModelConfigOptions } from '../model/config.ts';
import { leaderOf } from '../model/schedule.ts';

/**
 * The leader schedule's part of a generated input, one integer whose meaning the config decides:
 * under round-robin the rotation (`leader_offset`: validator `choice` leads the first window),
 * under the stake-weighted schedule the epoch that seeds Solana's draw (`leader_schedule_epoch`).
 * Drivers carry it as `leaderOffset` (RunInput, traces' replay) and turn it into model options and
 * config fields only here, so a search over schedules is the same search for both.
 */

/** Epochs drawn when the config fixes none: a u32 (any u64 is an epoch; mainnet is near 900). */
export const GENERATED_EPOCHS = 2 ** 32;

/** Epochs scanned for ones whose first window a Byzantine validator leads. */
const PREFERRED_EPOCH_SCAN = 256;

function stakeWeighted(config: AlpenglowConfig): boolean {
  return config.leader_schedule === 'stake_weighted';
}

export function scheduleOptions(
  config: AlpenglowConfig,
  choice: number,
): Pick<ModelConfigOptions, 'leaderOffset' | 'epoch'> {
  return stakeWeighted(config) ? { epoch: choice } : { leaderOffset: choice };
}

/** The config fields a trace records so that replay rebuilds the same schedule. */
export function scheduleFields(
  config: AlpenglowConfig,
  choice: number,
): Partial<Pick<AlpenglowConfig, 'leader_offset' | 'leader_schedule_epoch'>> {
  return stakeWeighted(config)
    ? { leader_schedule_epoch: choice, leader_offset: null }
    : { leader_offset: choice };
}

/** The choice the config fixes, or null when generators pick it. */
export function fixedScheduleChoice(config: AlpenglowConfig): number | null {
  return stakeWeighted(config) ? config.leader_schedule_epoch : config.leader_offset;
}

/** How many choices there are to draw from: one per rotation, or GENERATED_EPOCHS epochs. */
export function scheduleChoiceCount(config: AlpenglowConfig): number {
  return stakeWeighted(config) ? GENERATED_EPOCHS : config.validators;
}

/**
 * What the explorer searches one by one: the fixed choice, else every rotation, or as many epochs
 * as there are validators (0..n−1: as many schedules as round-robin has, not all schedules).
 */
export function scheduleChoicesToExplore(config: AlpenglowConfig): number[] {
  const fixed = fixedScheduleChoice(config);
  return fixed === null ? Array.from({ length: config.validators }, (_, i) => i) : [fixed];
}

/**
 * Choices worth half of the generated runs, since attacks need a faulty leader early: the
 * Byzantine ids under round-robin, the epochs below 256 whose first window a Byzantine validator
 * leads under the stake-weighted schedule (none when its stake is too small to lead one).
 */
export function preferredScheduleChoices(config: AlpenglowConfig): number[] {
  const byzantine = buildModelConfig(config, { maxSlot: 1 }).byzantine;
  if (!stakeWeighted(config)) return [...byzantine];
  const epochs: number[] = [];
  for (let epoch = 0; epoch < PREFERRED_EPOCH_SCAN; epoch++) {
    const cfg = buildModelConfig(config, { maxSlot: 1, epoch });
    if (byzantine.includes(leaderOf(cfg, 1))) epochs.push(epoch);
  }
  return epochs;
}
