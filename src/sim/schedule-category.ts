import type { Action } from '../model/actions/types.ts';
import type { Message } from '../model/messages.ts';
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
  'byzPropose',
  'byzBlockAligned',
  'byzBlockOther',
  'byzVoteAligned',
  'byzVoteOther',
  'byzCert',
] as const;

export type ScheduleCategory = (typeof SCHEDULE_CATEGORIES)[number];

export function classify(state: State, groups: readonly number[], action: Action): ScheduleCategory {
  switch (action.type) {
    case 'deliver':
      return groups[origin(state, action.msg)] === groups[action.to] ? 'deliverNear' : 'deliverFar';
    case 'timeout':
    case 'propose':
    case 'byzPropose':
      return action.type;
    case 'byzSend':
      if (action.msg.type === 'block') {
        const version = state.blocks[action.msg.block]?.variant ?? 0;
        return version % 2 === groups[action.to] ? 'byzBlockAligned' : 'byzBlockOther';
      }
      if (action.msg.type === 'cert') return 'byzCert';
      return alignedVote(state, action.to, action.msg) ? 'byzVoteAligned' : 'byzVoteOther';
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
