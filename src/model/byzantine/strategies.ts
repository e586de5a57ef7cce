import type { ByzantineStrategyName } from '../../core/config/index.ts';
import type { VoteKind } from '../messages.ts';

/**
 * Byzantine behaviour as data (reference §6, notes §6.3). A strategy bounds what a Byzantine
 * validator may sign and send; the scheduler then picks what it does and to whom, message by
 * message, so selective sending and withholding are part of every strategy. A Byzantine
 * validator signs only as itself: certificates it sends contain correct validators only for votes
 * they really cast.
 */
export interface ByzantineStrategy {
  readonly name: ByzantineStrategyName;
  readonly description: string;
  /** Versions of a block it may create for each slot it leads (0: never proposes). */
  readonly blocksPerSlot: number;
  /** Vote kinds it may sign. */
  readonly voteKinds: readonly VoteKind[];
  /** May it vote for blocks no Byzantine validator proposed (double voting, fallbacks on honest blocks)? */
  readonly votesForeignBlocks: boolean;
  /** May it assemble certificates from cast votes and send them to chosen validators? */
  readonly sendsCertificates: boolean;
  /**
   * Forgery (TS-only, not in tla/Alpenglow.tla): messages a correct validator never sends and a
   * correct receiver must refuse or tolerate. They exist so that the code that refuses them (pool
   * storage rules, certificate verification) runs under the drivers; without them a receiver that
   * forgot a check passed every property.
   */
  readonly forgery: Forgery;
  /** Mirrored by tla/Alpenglow.tla (cross-validation refuses strategies that are not). */
  readonly inTlaSpec: boolean;
}

export interface Forgery {
  /** Aggregates whose signers fall short of the threshold (the receiver must verify the stake). */
  readonly shortCertificates: boolean;
  /** Votes the receiver's pool must not store: Notar after Skip, Skip after Notar, a second Notar, a 4th NotarFallback. */
  readonly conflictingVotes: boolean;
  /** Votes (and short certificates) for block ids of a slot that no one ever created. */
  readonly unknownBlocks: boolean;
}

const NO_FORGERY: Forgery = { shortCertificates: false, conflictingVotes: false, unknownBlocks: false };

export const STRATEGIES: Readonly<Record<ByzantineStrategyName, ByzantineStrategy>> = {
  silent: {
    name: 'silent',
    description: 'sends nothing at all (withholds every block and vote)',
    blocksPerSlot: 0,
    voteKinds: [],
    votesForeignBlocks: false,
    sendsCertificates: false,
    forgery: NO_FORGERY,
    inTlaSpec: true,
  },
  withholding: {
    name: 'withholding',
    description: 'proposes one block per slot and votes for it, but sends either only to validators it picks',
    blocksPerSlot: 1,
    voteKinds: ['notar', 'final'],
    votesForeignBlocks: false,
    sendsCertificates: false,
    forgery: NO_FORGERY,
    inTlaSpec: true,
  },
  equivocating_leader: {
    name: 'equivocating_leader',
    description: 'proposes two versions of each slot it leads to different validators, votes for each',
    blocksPerSlot: 2,
    voteKinds: ['notar', 'final'],
    votesForeignBlocks: false,
    sendsCertificates: true,
    forgery: NO_FORGERY,
    inTlaSpec: true,
  },
  double_voting: {
    name: 'double_voting',
    description:
      'votes Notar for two blocks of a slot (made by a Byzantine leader) and Notar and Skip in one slot, to different validators',
    // Two versions when it leads: otherwise "Notar for two blocks" has no second block to name.
    blocksPerSlot: 2,
    voteKinds: ['notar', 'skip', 'final'],
    votesForeignBlocks: true,
    sendsCertificates: true,
    forgery: NO_FORGERY,
    inTlaSpec: true,
  },
  fallback_final: {
    name: 'fallback_final',
    description: 'casts NotarFallback, SkipFallback and Final votes whenever it likes',
    blocksPerSlot: 1,
    voteKinds: ['notar', 'notarFallback', 'skipFallback', 'final'],
    votesForeignBlocks: true,
    sendsCertificates: true,
    forgery: NO_FORGERY,
    inTlaSpec: true,
  },
  arbitrary: {
    name: 'arbitrary',
    description: 'any message it can sign: equivocation, every vote kind for any block, certificates',
    // Two versions. Four would let the pool's "at most 3 NotarFallback votes per voter and slot"
    // (Def. 12) bind in generated runs, but they multiply the exhaustive state space (the 3-validator
    // MC_byz_arbitrary_net1 went from 93,824 states to an unfinished search after 20 minutes); the
    // cap is covered by the pool's unit tests instead.
    blocksPerSlot: 2,
    voteKinds: ['notar', 'notarFallback', 'skip', 'skipFallback', 'final'],
    votesForeignBlocks: true,
    sendsCertificates: true,
    forgery: NO_FORGERY,
    inTlaSpec: true,
  },
  forger: {
    name: 'forger',
    description:
      'arbitrary, plus what only a forger sends: short certificates, conflicting votes to one validator, votes for blocks no one has',
    blocksPerSlot: 2,
    voteKinds: ['notar', 'notarFallback', 'skip', 'skipFallback', 'final'],
    votesForeignBlocks: true,
    sendsCertificates: true,
    forgery: { shortCertificates: true, conflictingVotes: true, unknownBlocks: true },
    // Its messages are refused by a correct receiver, so it adds self-loops and a few pool states
    // to the space; the TLA+ spec does not have them (tla/README.md, "TS-only strategy").
    inTlaSpec: false,
  },
};
