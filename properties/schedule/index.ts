import { noZeroStakeLeader } from './no-zero-stake-leader.ts';
import { oneLeaderPerWindow } from './one-leader-per-window.ts';
import { scheduleAgreement } from './schedule-agreement.ts';
import { scheduleDeterminism } from './schedule-determinism.ts';
import { STAKE_PROPORTIONAL } from './stake-proportional.ts';
import type { ScheduleProperty } from './types.ts';

/** The properties judged on each generated schedule case (vrf_leader_selection, integration_tests). */
export const SCHEDULE_PROPERTIES: readonly ScheduleProperty[] = [
  scheduleAgreement,
  oneLeaderPerWindow,
  noZeroStakeLeader,
  scheduleDeterminism,
];

/** Every schedule property by name, the statistical one (judged over many epochs) last. */
export const SCHEDULE_PROPERTY_NAMES: readonly string[] = [
  ...SCHEDULE_PROPERTIES.map((p) => p.name),
  STAKE_PROPORTIONAL,
];
