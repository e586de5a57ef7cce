import type { ByzantineStrategyName } from '../../../core/config/index.ts';

/**
 * When and to whom a Byzantine validator of a strategy sends in a timed run. What it may sign
 * stays the strategy's (src/model/byzantine/strategies.ts): every message a policy wants passes
 * the model's guard (gate.ts), which drops what the strategy forbids — a withholding validator
 * "double votes" nothing, whatever its policy asks for.
 */
export interface TimedPolicy {
  /**
   * As leader: `none` proposes nothing; `all` one version to every correct validator; `withhold`
   * one version to a random part of the correct stake, or to all but late (draws from its
   * stream); `equivocate` as many versions as the strategy allows, each to one half of the
   * correct stake (split.ts), with its Notar votes for a version to that half only.
   */
  readonly lead: 'none' | 'all' | 'withhold' | 'equivocate';
  /** On a block it did not make: Notar for it to one half, Skip for its slot to the other. */
  readonly doubleVote: boolean;
  /** On any block: NotarFallback for it and SkipFallback for its slot, to everyone. */
  readonly fallbacks: boolean;
  /** Conflicting votes to the same validators (Notar and Skip to everyone): a forger's. */
  readonly conflicting: boolean;
}

const QUIET = { doubleVote: false, fallbacks: false, conflicting: false } as const;

/** One policy per strategy (the compiler checks every strategy has one). */
export const TIMED_POLICIES: Readonly<Record<ByzantineStrategyName, TimedPolicy>> = {
  silent: { lead: 'none', ...QUIET },
  withholding: { lead: 'withhold', ...QUIET },
  equivocating_leader: { lead: 'equivocate', ...QUIET },
  double_voting: { lead: 'equivocate', ...QUIET, doubleVote: true },
  fallback_final: { lead: 'all', ...QUIET, fallbacks: true },
  arbitrary: { lead: 'equivocate', doubleVote: true, fallbacks: true, conflicting: false },
  forger: { lead: 'equivocate', doubleVote: true, fallbacks: true, conflicting: true },
};
