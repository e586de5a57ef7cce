import type { LivenessProperty } from '../types.ts';
import { crashedLeaderSkipped } from './crashed-leader-skipped.ts';
import { eventualProgress } from './eventual-progress.ts';
import { finalizationLatency } from './finalization-latency.ts';
import { honestWindowFinalized } from './honest-window-finalized.ts';
import { windowsResolve } from './windows-resolve.ts';

export const LIVENESS_PROPERTIES: readonly LivenessProperty[] = [
  eventualProgress,
  honestWindowFinalized,
  crashedLeaderSkipped,
  finalizationLatency,
  windowsResolve,
];
