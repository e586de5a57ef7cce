import { meetsPpm } from '../../src/core/stake.ts';
import { mayVote } from '../../src/model/byzantine/capabilities.ts';
import { hasCast } from '../../src/model/ghost.ts';
import type { SafetyProperty } from '../types.ts';
import { correctCerts, correctFinalizations, nameOf } from './observed.ts';

export const finalizedImpliesNotarized: SafetyProperty = {
  name: 'FinalizedImpliesNotarized',
  kind: 'safety',
  reference: 'reference §7.6; white paper Lemma 25',
  description:
    'Every block a correct node finalizes has a Notarization (or FastFinalization) certificate in a correct pool, and Notar votes that were really cast for it reach the slow threshold.',
  check(cfg, state) {
    const held = correctCerts(cfg, state);
    for (const f of correctFinalizations(cfg, state)) {
      const node = f.node;
      const certified = held.some(
        ({ cert }) => cert.block === f.block && (cert.kind === 'notar' || cert.kind === 'fastFinal'),
      );
      if (!certified)
        return `validator ${node} finalized ${nameOf(state, f.block)} without a Notarization certificate`;
      // Recomputed from cast votes, not from any certificate's signer list.
      let backing = 0n;
      for (let v = 0; v < cfg.validatorCount; v++) {
        const voted =
          cfg.roles[v] === 'honest'
            ? hasCast(state, v, 'notar', f.slot, f.block)
            : cfg.roles[v] === 'byzantine' && mayVote(cfg, state, 'notar', f.slot, f.block);
        if (voted) backing += cfg.stakes[v] as bigint;
      }
      if (!meetsPpm(backing, cfg.totalStake, cfg.slowPpm)) {
        return `validator ${node} finalized ${nameOf(state, f.block)} but Notar votes cast for it hold only ${backing} of ${cfg.totalStake} stake`;
      }
    }
    return null;
  },
};
