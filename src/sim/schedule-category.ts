import type { Action } from '../model/actions/types.ts';
import type { Cert, Message } from '../model/messages.ts';
import type { State } from '../model/state.ts';

/**
 * Kinds of action a generated schedule weighs separately (swarm testing: each run draws its own
 * weights). Deliveries are split by a per-run partition of the validators into two groups —
 * "near" when the message comes from the recipient's group — so that some runs let each group
 * hear itself long before the other, as attacks on split networks need. An equivocating leader's
 * block sends are "aligned" when the version's parity matches the recipient's group (each side
 * gets its own version), and Byzantine votes when they support what the recipient already has
 * (how each side stays convinced). Aligned weights double how often the split attacks are found.
 */
export const SCHEDULE_CATEGORIES = [
  'deliverNear',
  'deliverFar',
  'timeout',
  'propose',
  'proposeOnFallback',
  'byzPropose',
  'byzBlockAligned',
  'byzBlockOther',
  'byzVoteAligned',
  'byzVoteOther',
  'byzVoteRival',
  'byzCert',
] as const;

export type ScheduleCategory = (typeof SCHEDULE_CATEGORIES)[number];

/**
 * Categories that refine another: a run whose weights do not name one counts its actions in the
 * category it refines (choose.ts), so swarm weights drawn before the refinement existed pick
 * exactly as they did. Only the equivocation profile (arbitraries/weights.ts) weighs them apart.
 */
export const REFINES = { proposeOnFallback: 'propose', byzVoteRival: 'byzVoteOther' } as const;

export type RefinedCategory = keyof typeof REFINES;
export type BaseCategory = Exclude<ScheduleCategory, RefinedCategory>;

export function classify(state: State, groups: readonly number[], action: Action): ScheduleCategory {
  switch (action.type) {
    case 'deliver':
      return groups[origin(state, action.msg)] === groups[action.to] ? 'deliverNear' : 'deliverFar';
    case 'propose':
      return fallbackParent(state, action.node, action.parent) ? 'proposeOnFallback' : 'propose';
    case 'timeout':
    case 'byzPropose':
      return action.type;
    case 'byzSend':
      if (action.msg.type === 'block') {
        const version = state.blocks[action.msg.block]?.variant ?? 0;
        return version % 2 === groups[action.to] ? 'byzBlockAligned' : 'byzBlockOther';
      }
      if (action.msg.type === 'cert') return 'byzCert';
      if (alignedVote(state, action.to, action.msg)) return 'byzVoteAligned';
      return rivalVote(state, groups, action.to, action.msg) ? 'byzVoteRival' : 'byzVoteOther';
  }
}

/** Who a message comes from: the voter, the proposer, or (certificates) the first signer. */
function origin(state: State, msg: Message): number {
  if (msg.type === 'vote') return msg.vote.voter;
  if (msg.type === 'block') return state.blocks[msg.block]?.proposer ?? 0;
  return msg.cert.signers[0] ?? 0;
}

function alignedVote(state: State, to: number, msg: Message & { type: 'vote' }): boolean {
  const { vote } = msg;
  if (vote.kind === 'skip' || vote.kind === 'skipFallback') return false;
  if (vote.kind === 'final') return true;
  return state.nodes[to]?.slots[vote.slot]?.firstBlock === vote.block;
}

/**
 * A Notar vote for a block the recipient did not see first (or, before it has one, a version of
 * the other group's parity): what keeps an equivocation going, since the recipient then votes one
 * version and casts NotarFallback on the other (SafeToNotar counts Notar votes only).
 */
function rivalVote(
  state: State,
  groups: readonly number[],
  to: number,
  msg: Message & { type: 'vote' },
): boolean {
  const { vote } = msg;
  if (vote.kind !== 'notar') return false;
  const first = state.nodes[to]?.slots[vote.slot]?.firstBlock ?? -1;
  if (first >= 0) return true; // not aligned: a block other than the recipient's first
  return (state.blocks[vote.block]?.variant ?? 0) % 2 !== groups[to];
}

/**
 * A parent whose chain holds the rival of a notarized block: a version of an equivocated slot the
 * proposer holds only a NotarFallback certificate for while it holds a Notarization (or fast)
 * certificate of another version. Building on it is how a later window continues the version the
 * correct validators did not vote for.
 */
function fallbackParent(state: State, node: number, parent: number): boolean {
  for (let id = parent; id > 0; id = state.blocks[id]?.parent ?? 0) {
    const slot = state.blocks[id]?.slot ?? 0;
    const certs = state.nodes[node]?.slots[slot]?.certs ?? [];
    const strong = (c: Cert) => c.kind === 'notar' || c.kind === 'fastFinal';
    if (
      certs.some((c) => c.block === id && c.kind === 'notarFallback') &&
      !certs.some((c) => c.block === id && strong(c)) &&
      certs.some((c) => c.block !== id && strong(c))
    )
      return true;
  }
  return false;
}
