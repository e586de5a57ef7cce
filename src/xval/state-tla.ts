import type { Block } from '../model/block.ts';
import type { ModelConfig } from '../model/config.ts';
import type { Cert, Message, Vote } from '../model/messages.ts';
import type { SlotState } from '../model/slot-state.ts';
import type { State } from '../model/state.ts';
import { type TlaValue, tBool, tInt, tIntFn, tIntSet, tRec, tSeq, tSet, tStr } from './tla-value.ts';

/** The spec's variables, in the order of `vars` in tla/Alpenglow.tla. */
export const SPEC_VARIABLES = ['nodes', 'blocks', 'network', 'castVotes'] as const;

/**
 * A TS state as the value of the spec's variables (tla/README.md, "Variables ↔ State"): a record
 * [nodes, blocks, network, castVotes]. Byzantine and offline validators, which hold null in TS,
 * are outside the spec's domains; 0/1 arrays become sets of voters; arrays that are sets in the
 * spec become sets.
 */
export function stateToTla(cfg: ModelConfig, state: State): TlaValue {
  const slots = Array.from({ length: cfg.maxSlot + 1 }, (_, s) => s);
  return tRec({
    nodes: tIntFn(cfg.honest, (n) => tIntFn(slots, (s) => slotToTla(slotAt(state, n, s)))),
    blocks: tIntFn(
      state.blocks.flatMap((b) => (b ? [b.id] : [])),
      (id) => blockToTla(state.blocks[id] as Block),
    ),
    network: tSet(state.network.map((e) => tRec({ to: tInt(e.to), msg: messageToTla(e.msg) }))),
    castVotes: tIntFn(cfg.honest, (n) => tSet((state.castVotes[n] ?? []).map(voteToTla))),
  });
}

function slotAt(state: State, node: number, slot: number): SlotState {
  const s = state.nodes[node]?.slots[slot];
  if (s === undefined) throw new Error(`correct node ${node} has no slot ${slot}`);
  return s;
}

function slotToTla(s: SlotState): TlaValue {
  const voters = (flags: readonly number[]) => tIntSet(flags.flatMap((f, v) => (f === 1 ? [v] : [])));
  return tRec({
    initialVote: tIntFn(
      s.initialVote.map((_, v) => v),
      (v) => tInt(s.initialVote[v] as number),
    ),
    notarFallbackVotes: tSet(s.notarFallbackVotes.map(([v, b]) => tSeq([tInt(v), tInt(b)]))),
    skipFallbackVoters: voters(s.skipFallbackVote),
    finalVoters: voters(s.finalVote),
    certs: tSet(s.certs.map(certToTla)),
    parentReady: tIntSet(s.parentReady),
    voted: tBool(s.voted),
    votedNotar: tInt(s.votedNotar),
    blockNotarized: tIntSet(s.blockNotarized),
    itsOver: tBool(s.itsOver),
    badWindow: tBool(s.badWindow),
    pending: tInt(s.pending),
    firstBlock: tInt(s.firstBlock),
    versions: tSeq(s.versions.map(tInt)),
    safeToNotarRaised: tIntSet(s.safeToNotarRaised),
    safeToSkipRaised: tBool(s.safeToSkipRaised),
    timeoutsSet: tBool(s.timeoutsSet),
  });
}

function blockToTla(b: Block): TlaValue {
  return tRec({
    id: tInt(b.id),
    slot: tInt(b.slot),
    parent: tInt(b.parent),
    proposer: tInt(b.proposer),
    variant: tInt(b.variant),
  });
}

export function voteToTla(v: Vote): TlaValue {
  return tRec({ kind: tStr(v.kind), slot: tInt(v.slot), block: tInt(v.block), voter: tInt(v.voter) });
}

export function certToTla(c: Cert): TlaValue {
  return tRec({ kind: tStr(c.kind), slot: tInt(c.slot), block: tInt(c.block), signers: tIntSet(c.signers) });
}

export function messageToTla(m: Message): TlaValue {
  switch (m.type) {
    case 'vote':
      return tRec({ type: tStr('vote'), vote: voteToTla(m.vote) });
    case 'cert':
      return tRec({ type: tStr('cert'), cert: certToTla(m.cert) });
    case 'block':
      return tRec({ type: tStr('block'), block: tInt(m.block) });
  }
}
