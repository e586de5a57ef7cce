import type { ModelConfig } from '../config.ts';
import type { Cert, Message, Vote } from '../messages.ts';
import type { SlotState } from '../slot-state.ts';
import { findCert } from './certs.ts';
import { canStoreVote } from './votes.ts';

/**
 * Messages a pool ignores without looking further (the first checks of receiveVote and
 * receiveCert, which call these): a slot out of range, a vote its storage rules refuse (Def. 12),
 * a certificate of a (kind, block) it holds. At mainnet scale most deliveries are such copies —
 * each certificate reaches every node from every other — and a driver may skip the step for them
 * (stepNode would change nothing and send nothing).
 */
export function voteIgnored(cfg: ModelConfig, view: SlotState | undefined, vote: Vote): boolean {
  if (vote.slot < 1 || vote.slot > cfg.maxSlot || view === undefined) return true;
  return !canStoreVote(view, vote, cfg.rules);
}

/** A certificate the pool holds changes nothing, valid or not: looking first spares the signer check. */
export function certIgnored(cfg: ModelConfig, view: SlotState | undefined, cert: Cert): boolean {
  if (cert.slot < 1 || cert.slot > cfg.maxSlot || view === undefined) return true;
  return findCert(view, cert.kind, cert.block) !== undefined;
}

/** Whether a correct node's pool ignores `msg` outright, given its view of the message's slot. */
export function messageIgnored(cfg: ModelConfig, slots: readonly SlotState[], msg: Message): boolean {
  if (msg.type === 'vote') return voteIgnored(cfg, slots[msg.vote.slot], msg.vote);
  if (msg.type === 'cert') return certIgnored(cfg, slots[msg.cert.slot], msg.cert);
  return false;
}
