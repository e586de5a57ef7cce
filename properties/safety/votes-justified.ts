import type { NodeId } from '../../src/core/ids.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { hasCast } from '../../src/model/ghost.ts';
import type { Vote } from '../../src/model/messages.ts';
import { isWindowStart, windowSlots } from '../../src/model/schedule.ts';
import type { State } from '../../src/model/state.ts';
import { hasReceived } from '../../src/model/votor/versions.ts';
import type { SafetyProperty } from '../types.ts';
import { nameOf } from './observed.ts';
import { safeToNotarHolds, safeToSkipHolds, slotView, talliedBlocks } from './pool-view.ts';

/**
 * Every vote a correct node casts needs a cause its own state shows: the other properties check
 * which votes may coexist, not whether a vote was allowed when it was cast, so a node that
 * voted out of turn (a NotarFallback before its own first vote, a Final vote without a
 * notarization, a Skip with no timer and no fallback event) passed them all. What allows a vote
 * only grows (pool votes and certificates, ParentReady, timers once set), so a vote justified
 * by the state after its step was justified when it was cast, up to what that same step added.
 */
export const votesJustified: SafetyProperty = {
  name: 'VotesJustified',
  kind: 'safety',
  reference:
    'white paper Algorithm 1 (handlers Block, Timeout, SafeToNotar, SafeToSkip), Algorithm 2 (tryNotar, tryFinal, trySkipWindow), Definitions 15–18; Lemmas 20, 22, 27–29 rest on it',
  description:
    'Each vote a correct node cast is justified by its own state: Notar(s, b) for the first block it received in s, on a ParentReady parent (first slot of a window) or on its own Notar vote in s − 1 (Alg. 2 tryNotar); Skip(s) after its window’s timers were set (Def. 17) or a SafeToNotar/SafeToSkip it could raise in another slot of the window (Alg. 1, trySkipWindow); NotarFallback(s, b) after its initial vote in s, not for its own Notar block, with Def. 16’s SafeToNotar stake and parent conditions met by its pool; SkipFallback(s) after its Notar vote in s with SafeToSkip’s stake met; Final(s) after its Notar(s, b) once it holds a Notarization of b (Def. 15 BlockNotarized, Alg. 2 tryFinal).',
  check(cfg, state) {
    const ok = justifiedFor(cfg);
    for (const node of cfg.honest) {
      for (const vote of state.castVotes[node] ?? []) {
        if (ok.has(vote)) continue;
        const problem = unjustified(cfg, state, node, vote);
        if (problem) return `validator ${node} cast ${voteText(state, vote)} ${problem}`;
        ok.add(vote);
      }
    }
    return null;
  },
};

// Justification is monotone (see above), and ghost vote objects are shared by successive states,
// so each vote is judged once.
const justified = new WeakMap<ModelConfig, WeakSet<Vote>>();

function justifiedFor(cfg: ModelConfig): WeakSet<Vote> {
  let set = justified.get(cfg);
  if (!set) {
    set = new WeakSet();
    justified.set(cfg, set);
  }
  return set;
}

function voteText(state: State, v: Vote): string {
  return v.block >= 0 ? `${v.kind}(${nameOf(state, v.block)})` : `${v.kind}(${v.slot})`;
}

/** Why the vote was not allowed, or null. */
function unjustified(cfg: ModelConfig, state: State, node: NodeId, vote: Vote): string | null {
  const view = slotView(state, node, vote.slot);
  if (!view) return 'in a slot it has no state for';
  const { slot } = vote;
  switch (vote.kind) {
    case 'notar': {
      const block = state.blocks[vote.block];
      if (!block || block.slot !== slot) return 'for a block not of that slot';
      // The first block it received; under allVersionsPending any version it received unvoted.
      if (cfg.rules.allVersionsPending ? !hasReceived(view, vote.block) : view.firstBlock !== vote.block)
        return 'for a block that is not the first it received in the slot';
      const parentOk = isWindowStart(slot, cfg.windowSize)
        ? view.parentReady.includes(block.parent)
        : hasCast(state, node, 'notar', slot - 1, block.parent);
      return parentOk ? null : 'without ParentReady for its parent or its own Notar vote for the parent';
    }
    case 'skip':
      return skipCaused(cfg, state, node, slot)
        ? null
        : 'with no timer set for its window and no fallback event in it';
    case 'notarFallback':
      if (!castInitial(state, node, slot)) return 'before its own initial vote in the slot';
      if (hasCast(state, node, 'notar', slot, vote.block)) return 'for the block it voted Notar for';
      return safeToNotarHolds(cfg, state, node, slot, vote.block)
        ? null
        : 'but its pool does not meet SafeToNotar';
    case 'skipFallback':
      if (!castNotarIn(state, node, slot)) return 'without its own Notar vote in the slot';
      return safeToSkipHolds(cfg, state, node, slot) ? null : 'but its pool does not meet SafeToSkip';
    case 'final': {
      const own = (state.castVotes[node] ?? []).find((v) => v.kind === 'notar' && v.slot === slot);
      if (!own) return 'without its own Notar vote in the slot';
      const notarized = view.certs.some((c) => c.kind === 'notar' && c.block === own.block);
      return notarized ? null : `without a Notarization of ${nameOf(state, own.block)}`;
    }
  }
}

function castInitial(state: State, node: NodeId, slot: number): boolean {
  return hasCast(state, node, 'skip', slot, -1) || castNotarIn(state, node, slot);
}

function castNotarIn(state: State, node: NodeId, slot: number): boolean {
  return (state.castVotes[node] ?? []).some((v) => v.kind === 'notar' && v.slot === slot);
}

/**
 * A Skip comes from trySkipWindow: a timeout (possible once timers are set in the window: by its
 * first ParentReady, or a later slot's under parentReadyFromFinalization) or a
 * SafeToNotar/SafeToSkip of another slot of the window, which needs the node's vote there first.
 */
function skipCaused(cfg: ModelConfig, state: State, node: NodeId, slot: number): boolean {
  if (windowSlots(cfg, slot).some((k) => slotView(state, node, k)?.timeoutsSet)) return true;
  return windowSlots(cfg, slot).some((k) => {
    if (k === slot || !castInitial(state, node, k)) return false;
    if (castNotarIn(state, node, k) && safeToSkipHolds(cfg, state, node, k)) return true;
    return talliedBlocks(state, node, k).some(
      (b) => !hasCast(state, node, 'notar', k, b) && safeToNotarHolds(cfg, state, node, k, b),
    );
  });
}
