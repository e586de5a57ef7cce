import type { SafetyProperty } from '../types.ts';
import { certificateValidity } from './certificate-validity.ts';
import { certifiedExtendsFinalized } from './certified-extends-finalized.ts';
import { certifiedHasCorrectNotar } from './certified-has-correct-notar.ts';
import { chainConsistency } from './chain-consistency.ts';
import { fastFinalizationExclusive } from './fast-finalization-exclusive.ts';
import { finalExcludesFallback } from './final-excludes-fallback.ts';
import { finalizedImpliesNotarized } from './finalized-implies-notarized.ts';
import { honestVoteUniqueness } from './honest-vote-uniqueness.ts';
import { internalConsistency } from './internal-consistency.ts';
import { noConflictingFinalization } from './no-conflicting-finalization.ts';
import { notarizationUniqueness } from './notarization-uniqueness.ts';
import { pendingBlocksRetried } from './pending-blocks-retried.ts';
import { slowFinalizationExclusive } from './slow-finalization-exclusive.ts';
import { votesJustified } from './votes-justified.ts';
import { windowChain } from './window-chain.ts';

/**
 * The ten invariants of the reference's §7 in its order, then the strong form of Lemmas 31–32,
 * Lemma 27, the per-vote justification of Algorithms 1–2 (and its converse for pending blocks),
 * and the model's own consistency.
 */
export const SAFETY_PROPERTIES: readonly SafetyProperty[] = [
  honestVoteUniqueness,
  finalExcludesFallback,
  fastFinalizationExclusive,
  notarizationUniqueness,
  slowFinalizationExclusive,
  finalizedImpliesNotarized,
  windowChain,
  noConflictingFinalization,
  chainConsistency,
  certificateValidity,
  certifiedExtendsFinalized,
  certifiedHasCorrectNotar,
  votesJustified,
  pendingBlocksRetried,
  internalConsistency,
];

export function safetyPropertyByName(name: string): SafetyProperty | undefined {
  return SAFETY_PROPERTIES.find((p) => p.name === name);
}
