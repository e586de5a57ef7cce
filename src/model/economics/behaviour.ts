import type { NodeId } from '../../core/ids.ts';

/**
 * How leaders build their reward aggregates. Aggregates are not consensus: no certificate,
 * threshold or vote depends on them, so a leader that is correct in Votor can still censor
 * (omit voters it has votes from) or post nothing, and nothing in the protocol stops it.
 * A forger tries to include validators it holds no vote from: without their signature the
 * aggregate cannot verify (runtime/src/validated_reward_certificate.rs `verify_base2` over the
 * bitmap), so the model refuses each such inclusion and records it.
 */
export interface RewardBehaviour {
  /** Leaders that omit `censored` from their aggregates. */
  readonly censors: readonly NodeId[];
  readonly censored: readonly NodeId[];
  /** Leaders that post no aggregate at all. */
  readonly emptyAggregators: readonly NodeId[];
  /** Leaders that try to add every validator of the rank map they have no vote from. */
  readonly forgers: readonly NodeId[];
}

export const HONEST_BEHAVIOUR: RewardBehaviour = {
  censors: [],
  censored: [],
  emptyAggregators: [],
  forgers: [],
};
