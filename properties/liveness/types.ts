/**
 * Kept so imports of the old path still compile: the one property type lives in properties/types.ts.
 * New code imports from there.
 */
export type { LivenessContext, LivenessProperty } from '../types.ts';
