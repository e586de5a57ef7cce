import type { BlockId, NodeId, Slot } from '../core/ids.ts';

/** The five vote kinds (Def. 11, Table 5). */
export type VoteKind = 'notar' | 'notarFallback' | 'skip' | 'skipFallback' | 'final';
/** The five certificate kinds (Def. 11, Table 6). */
export type CertKind = 'fastFinal' | 'notar' | 'notarFallback' | 'skip' | 'final';

export const VOTE_KINDS: readonly VoteKind[] = ['notar', 'notarFallback', 'skip', 'skipFallback', 'final'];
export const CERT_KINDS: readonly CertKind[] = ['fastFinal', 'notar', 'notarFallback', 'skip', 'final'];

/** A signed vote. `block` is NO_BLOCK (-1) for the slot-only kinds skip, skipFallback and final. */
export interface Vote {
  readonly kind: VoteKind;
  readonly slot: Slot;
  readonly block: BlockId;
  readonly voter: NodeId;
}

/** An aggregate of votes; the signer set stands for the aggregate signature (sorted ids). */
export interface Cert {
  readonly kind: CertKind;
  readonly slot: Slot;
  readonly block: BlockId;
  readonly signers: readonly NodeId[];
}

export type Message =
  | { readonly type: 'vote'; readonly vote: Vote }
  | { readonly type: 'cert'; readonly cert: Cert }
  | { readonly type: 'block'; readonly block: BlockId };

/** A message in flight to one recipient. `key` identifies it (network is a set, kept sorted by key). */
export interface Envelope {
  readonly to: NodeId;
  readonly msg: Message;
  readonly key: string;
}

export function isBlockVote(kind: VoteKind): boolean {
  return kind === 'notar' || kind === 'notarFallback';
}

export function isBlockCert(kind: CertKind): boolean {
  return kind === 'fastFinal' || kind === 'notar' || kind === 'notarFallback';
}

export function messageKey(msg: Message): string {
  switch (msg.type) {
    case 'vote':
      return `v/${msg.vote.slot}/${msg.vote.kind}/${msg.vote.block}/${msg.vote.voter}`;
    case 'cert':
      return `c/${msg.cert.slot}/${msg.cert.kind}/${msg.cert.block}/${msg.cert.signers.join('.')}`;
    case 'block':
      return `b/${msg.block}`;
  }
}

export function envelopeKey(to: NodeId, msg: Message): string {
  return `${to}>${messageKey(msg)}`;
}

export function sameVote(a: Vote, b: Vote): boolean {
  return a.kind === b.kind && a.slot === b.slot && a.block === b.block && a.voter === b.voter;
}

/** Vote kinds that count towards each certificate kind (Def. 11, Table 6). */
export function votesCountingFor(kind: CertKind): readonly VoteKind[] {
  switch (kind) {
    case 'fastFinal':
    case 'notar':
      return ['notar'];
    case 'notarFallback':
      return ['notar', 'notarFallback'];
    case 'skip':
      return ['skip', 'skipFallback'];
    case 'final':
      return ['final'];
  }
}
