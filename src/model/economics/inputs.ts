import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import type { VoteKind } from '../messages.ts';

/**
 * What the economics reads from a protocol run: the votes each validator has seen (the leader of
 * slot s + 8 builds its aggregates from them) and the blocks produced, with the input step of
 * each, so "seen before it produced its block" is a comparison of steps. Every vote kind is kept;
 * which kinds earn is the economics' rule (rules.ts), not the input's.
 */
export interface VoteSighting {
  /** The validator that holds the vote: its recipient, or its signer for its own vote. */
  readonly seer: NodeId;
  /** The input after which it held it. */
  readonly step: number;
  readonly kind: VoteKind;
  readonly slot: Slot;
  readonly block: BlockId;
  readonly voter: NodeId;
}

export interface ProducedBlock {
  readonly slot: Slot;
  readonly block: BlockId;
  readonly leader: NodeId;
  /** The input that produced it: votes seen at earlier steps can go into its aggregates. */
  readonly step: number;
  /** On the finalized chain at the end of the run: only such a block's footer pays (a skipped slot pays nothing). */
  readonly onChain: boolean;
}

export interface EconomicInputs {
  readonly blocks: readonly ProducedBlock[];
  readonly sightings: readonly VoteSighting[];
}

/**
 * A double voter (SIMD-0326 "Rewards": casting both votes "is a provable offence"): besides each
 * Notar vote it cast, it signs a Skip vote for the same slot and sends it wherever its Notar went.
 * The protocol run itself has no such voter (the timed simulator's Byzantine validators are
 * silent; what a double voter does to certificates is byzantine_resilience's `double_voting`),
 * so its second votes are added here, to the sightings only: their effect on money is the question.
 */
export function withDoubleVoters(inputs: EconomicInputs, voters: readonly NodeId[]): EconomicInputs {
  if (voters.length === 0) return inputs;
  const extra: VoteSighting[] = [];
  for (const s of inputs.sightings) {
    if (s.kind === 'notar' && voters.includes(s.voter)) extra.push({ ...s, kind: 'skip', block: -1 });
  }
  return { ...inputs, sightings: [...inputs.sightings, ...extra] };
}
