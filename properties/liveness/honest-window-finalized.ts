import { leaderOf, windowSlots } from '../../src/model/schedule.ts';
import type { LivenessContext, LivenessProperty } from '../types.ts';
import { ms } from './ms.ts';
import { judgeable } from './premises.ts';
import { correctLeader, firstParentReady, windowStarts } from './windows.ts';

/**
 * Theorem 2: a window with a correct leader, whose first ParentReady happened after GST at every
 * correct node and whose blocks all reached every correct node (Rotor succeeded), ends with every
 * correct node finalizing every block of it. Checked by T_last + Rotor + 2Δ + slack, where T_last
 * is the latest first-ParentReady plus the window's block times. Rotor's success is a premise about
 * the blocks the leader sent; a correct leader sends one for every slot of its window (Alg. 3), so a
 * slot with no proposal by the deadline is a failure, not an exemption.
 */
export const honestWindowFinalized: LivenessProperty = {
  name: 'HonestWindowFinalized',
  kind: 'liveness',
  reference: 'reference §7.11; white paper Theorem 2, Corollary 43',
  description:
    'After GST, every block of a window with a correct leader (all correct nodes ParentReady, Rotor successful) is finalized by every correct node within W·Δ_block + Rotor + 3Δ of the last ParentReady.',
  check(ctx) {
    for (const w of windowStarts(ctx.cfg)) {
      if (!correctLeader(ctx.cfg, w)) continue;
      const problem = checkWindow(ctx, w);
      if (problem) return problem;
    }
    return null;
  },
};

function checkWindow(ctx: LivenessContext, w: number): string | null {
  const { cfg, obs, timing } = ctx;
  const readyTimes = cfg.honest.map((v) => firstParentReady(obs, v, w));
  if (readyTimes.some((t) => t === undefined || t < timing.stableFromMs)) return null; // premise: all ready, after GST
  const lastReady = Math.max(...(readyTimes as number[]));
  const slots = windowSlots(cfg, w);
  const deadline = lastReady + slots.length * timing.blockTimeMs + timing.rotorMs + 3 * timing.deltaMs;
  if (!judgeable(ctx, deadline)) return null; // premises.ts
  const blocks = slots.map((s) => obs.proposals.find((p) => p.slot === s)?.block);
  // A correct leader proposes every slot of its window Δ_block apart after its ParentReady (Alg. 3):
  // a block never proposed is the leader's failure, not Rotor's, and is not exempt.
  const missing = blocks.indexOf(undefined);
  if (missing >= 0) {
    return `window ${w} (correct leader): leader ${leaderOf(cfg, w)} proposed no block for slot ${slots[missing]} by ${ms(deadline)}`;
  }
  const delivered = blocks.every((b) =>
    cfg.honest.every((v) => obs.blockArrivals.some((a) => a.node === v && a.block === b)),
  );
  if (!delivered) return null; // premise: Rotor succeeded for every slot of the window
  for (const [i, block] of blocks.entries()) {
    for (const v of cfg.honest) {
      const done = finalizedBy(ctx, v, block as number);
      if (done === undefined || done > deadline) {
        return `window ${w} (correct leader): validator ${v} had not finalized the block of slot ${slots[i]} by ${ms(deadline)}${done === undefined ? '' : ` (finalized at ${ms(done)})`}`;
      }
    }
  }
  return null;
}

/** When a node finalized a block, directly or as an ancestor of a block it finalized (P14). */
export function finalizedBy(ctx: LivenessContext, node: number, block: number): number | undefined {
  const parents = new Map(ctx.obs.proposals.map((p) => [p.block, p.parent]));
  let earliest: number | undefined;
  for (const f of ctx.obs.finalized) {
    if (f.node !== node || (earliest !== undefined && f.atMs >= earliest)) continue;
    if (descends(parents, f.block, block)) earliest = f.atMs;
  }
  return earliest;
}

function descends(parents: ReadonlyMap<number, number>, descendant: number, ancestor: number): boolean {
  let current: number | undefined = descendant;
  // Parent links strictly decrease the slot, so the walk ends within the run's slots.
  while (current !== undefined && current > 0) {
    if (current === ancestor) return true;
    current = parents.get(current);
  }
  return current === ancestor;
}
