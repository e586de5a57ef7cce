export { explore, exploreAsync } from './explore.ts';
export type {
  ExploreOptions,
  ExploreResult,
  ExploreStats,
  ExploreViolation,
  StopReason,
} from './explore-types.ts';
export { Explorer } from './explorer.ts';
export { FingerprintSet } from './fingerprint-set.ts';
export { hash64 } from './hash64.ts';
export { replayPath } from './replay.ts';
