import { meetsPpm } from '../../src/core/stake.ts';
import { mayVote } from '../../src/model/byzantine/capabilities.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { hasCast } from '../../src/model/ghost.ts';
import { type Cert, isBlockVote, votesCountingFor } from '../../src/model/messages.ts';
import type { State } from '../../src/model/state.ts';
import type { SafetyProperty } from '../types.ts';
import { certText, correctCerts } from './observed.ts';

export const certificateValidity: SafetyProperty = {
  name: 'CertificateValidity',
  kind: 'safety',
  reference: 'reference §7.10; white paper Definitions 11–13',
  description:
    'Every certificate in a correct pool names distinct validators, each of whom really cast (or, if Byzantine, could sign) a vote that counts for it, and their stake, recomputed from the stake table, reaches its threshold.',
  check(cfg, state) {
    const valid = validatedFor(cfg);
    for (const { node, cert } of correctCerts(cfg, state)) {
      if (valid.has(cert)) continue;
      const problem = certificateProblem(cfg, state, cert);
      if (problem) return `validator ${node} holds ${certText(state, cert)}: ${problem}`;
      valid.add(cert);
    }
    return null;
  },
};

// A certificate shown valid stays valid: the ghost log of cast votes and the block table only
// grow. Certificate objects are shared by the states that hold them, so each is checked once.
const validated = new WeakMap<ModelConfig, WeakSet<Cert>>();

function validatedFor(cfg: ModelConfig): WeakSet<Cert> {
  let set = validated.get(cfg);
  if (!set) {
    set = new WeakSet();
    validated.set(cfg, set);
  }
  return set;
}

function certificateProblem(cfg: ModelConfig, state: State, cert: Cert): string | null {
  const seen = new Set<number>();
  let stake = 0n;
  for (const signer of cert.signers) {
    if (seen.has(signer) || signer < 0 || signer >= cfg.validatorCount) return `bad signer ${signer}`;
    seen.add(signer);
    if (!signerBacked(cfg, state, cert, signer))
      return `validator ${signer} never cast a vote that counts for it`;
    stake += cfg.stakes[signer] as bigint;
  }
  const ppm = cert.kind === 'fastFinal' ? cfg.fastPpm : cfg.slowPpm;
  return meetsPpm(stake, cfg.totalStake, ppm)
    ? null
    : `signers hold ${stake} of ${cfg.totalStake} stake, below ${ppm} ppm`;
}

function signerBacked(cfg: ModelConfig, state: State, cert: Cert, signer: number): boolean {
  return votesCountingFor(cert.kind).some((kind) => {
    const block = isBlockVote(kind) ? cert.block : -1;
    if (cfg.roles[signer] === 'honest') return hasCast(state, signer, kind, cert.slot, block);
    return cfg.roles[signer] === 'byzantine' && mayVote(cfg, state, kind, cert.slot, block);
  });
}
