import { PPM } from '../../src/core/limits.ts';
import { exceedsPpm, meetsPpm } from '../../src/core/stake.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { hasCast } from '../../src/model/ghost.ts';
import { isWindowStart } from '../../src/model/schedule.ts';
import type { State } from '../../src/model/state.ts';
import type { SafetyProperty } from '../types.ts';
import { correctCerts, nameOf } from './observed.ts';

export const windowChain: SafetyProperty = {
  name: 'WindowChain',
  kind: 'safety',
  reference: 'reference §7.7; white paper Lemmas 28 and 30',
  description:
    'A correct Notar vote for b in a non-first slot of a window follows its own Notar vote for b’s parent in the previous slot (Lemma 28); every block with a Notarization or NotarFallback certificate has an ancestor in each earlier slot of its window, each backed by more than S − f correct Notar stake (f = 1 − F; at least S when F = 1) or a correct NotarFallback vote (Lemma 30).',
  check(cfg, state) {
    return votesChain(cfg, state) ?? certifiedChain(cfg, state);
  },
};

function votesChain(cfg: ModelConfig, state: State): string | null {
  for (const node of cfg.honest) {
    for (const vote of state.castVotes[node] ?? []) {
      if (vote.kind !== 'notar' || isWindowStart(vote.slot, cfg.windowSize)) continue;
      const parent = state.blocks[state.blocks[vote.block]?.parent ?? -1];
      if (
        !parent ||
        parent.slot !== vote.slot - 1 ||
        !hasCast(state, node, 'notar', parent.slot, parent.id)
      ) {
        return `validator ${node} voted Notar(${nameOf(state, vote.block)}) without its own Notar vote for the parent in slot ${vote.slot - 1}`;
      }
    }
  }
  return null;
}

/**
 * Lemma 30's support clause, parametrised: with Byzantine stake below f = 1 − F a certificate's
 * correct Notar stake is more than S − f (the paper's "more than 40%"). A certificate that needed
 * f or more Byzantine stake fails it — which the model shows at exactly 20% Byzantine stake. When
 * F = 1 the assumption allows no Byzantine stake at all, and the clause reads "at least S".
 */
function enoughCorrectSupport(cfg: ModelConfig, correctNotar: bigint): boolean {
  const fPpm = PPM - cfg.fastPpm;
  return fPpm > 0
    ? exceedsPpm(correctNotar, cfg.totalStake, Math.max(0, cfg.slowPpm - fPpm))
    : meetsPpm(correctNotar, cfg.totalStake, cfg.slowPpm);
}

function certifiedChain(cfg: ModelConfig, state: State): string | null {
  for (const { node, cert } of correctCerts(cfg, state)) {
    if (cert.kind !== 'notar' && cert.kind !== 'notarFallback') continue;
    let block = state.blocks[cert.block];
    while (block) {
      let correctNotar = 0n;
      let correctFallback = false;
      for (const v of cfg.honest) {
        if (hasCast(state, v, 'notar', block.slot, block.id)) correctNotar += cfg.stakes[v] as bigint;
        correctFallback ||= hasCast(state, v, 'notarFallback', block.slot, block.id);
      }
      if (!correctFallback && !enoughCorrectSupport(cfg, correctNotar)) {
        return `validator ${node} holds ${cert.kind}(${nameOf(state, cert.block)}) but its window ancestor ${nameOf(state, block.id)} has only ${correctNotar} of ${cfg.totalStake} correct Notar stake and no correct NotarFallback vote`;
      }
      if (isWindowStart(block.slot, cfg.windowSize)) break;
      const parent = state.blocks[block.parent];
      if (!parent || parent.slot !== block.slot - 1) {
        return `validator ${node} holds ${cert.kind}(${nameOf(state, cert.block)}) whose ancestor ${nameOf(state, block.id)} has no parent in slot ${block.slot - 1}`;
      }
      block = parent;
    }
  }
  return null;
}
