import type { LivenessProperty } from '../types.ts';
import { noEarlyExtension } from './no-early-extension.ts';
import { noSpuriousSkip } from './no-spurious-skip.ts';
import { progressAfterStall } from './progress-after-stall.ts';
import { standstillRecovers } from './standstill-recovers.ts';
import { timeoutsBounded } from './timeouts-bounded.ts';

/** The adaptive_timeouts scenario's properties (issue 12 point 5): timed, judged on each run. */
export const ADAPTIVE_PROPERTIES: readonly LivenessProperty[] = [
  timeoutsBounded,
  noEarlyExtension,
  progressAfterStall,
  noSpuriousSkip,
  standstillRecovers,
];
