import type { Action } from './actions/types.ts';
import { blockName } from './block.ts';
import type { Cert, Message, Vote } from './messages.ts';
import type { State } from './state.ts';

/** One-line English for actions and messages, for traces, replay output and reports. */
export function describeAction(state: State, action: Action): string {
  switch (action.type) {
    case 'deliver':
      return `deliver ${describeMessage(state, action.msg)} to v${action.to}`;
    case 'timeout':
      return `v${action.node} times out in slot ${action.slot}`;
    case 'propose':
      return `v${action.node} proposes slot ${action.slot} on ${name(state, action.parent)}`;
    case 'byzPropose':
      return `Byzantine v${action.node} creates a version of slot ${action.slot} on ${name(state, action.parent)}`;
    case 'byzSend':
      return `Byzantine v${action.node} sends ${describeMessage(state, action.msg)} to v${action.to}`;
  }
}

export function describeMessage(state: State, msg: Message): string {
  switch (msg.type) {
    case 'block':
      return `block ${name(state, msg.block)}`;
    case 'vote':
      return describeVote(state, msg.vote);
    case 'cert':
      return describeCert(state, msg.cert);
  }
}

const VOTE_NAMES = {
  notar: 'Notar',
  notarFallback: 'NotarFallback',
  skip: 'Skip',
  skipFallback: 'SkipFallback',
  final: 'Final',
};
const CERT_NAMES = {
  fastFinal: 'FastFinalizationCert',
  notar: 'NotarizationCert',
  notarFallback: 'NotarFallbackCert',
  skip: 'SkipCert',
  final: 'FinalizationCert',
};

export function describeVote(state: State, vote: Vote): string {
  const target = vote.block >= 0 ? name(state, vote.block) : String(vote.slot);
  return `${VOTE_NAMES[vote.kind]}(${target}) by v${vote.voter}`;
}

export function describeCert(state: State, cert: Cert): string {
  const target = cert.block >= 0 ? name(state, cert.block) : String(cert.slot);
  return `${CERT_NAMES[cert.kind]}(${target}; ${cert.signers.map((s) => `v${s}`).join(',')})`;
}

function name(state: State, id: number): string {
  const block = state.blocks[id];
  return block ? blockName(block) : `block#${id}`;
}
