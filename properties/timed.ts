import { ADAPTIVE_PROPERTIES } from './adaptive/index.ts';
import { LIVENESS_PROPERTIES } from './liveness/index.ts';
import type { LivenessProperty } from './types.ts';

/**
 * Every property judged on a timed run: liveness and latency (properties/liveness), standstill and
 * timeout growth (properties/adaptive). What `replay` judges a timed trace by, and the liveness
 * family of verify's expectations.
 */
export const TIMED_PROPERTIES: readonly LivenessProperty[] = [...LIVENESS_PROPERTIES, ...ADAPTIVE_PROPERTIES];
