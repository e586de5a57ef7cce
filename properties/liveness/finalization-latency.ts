import type { LivenessProperty } from '../types.ts';
import { ms } from './ms.ts';
import { judgeable } from './premises.ts';

/**
 * Reference §7.14: with every validator correct, a block is finalized about min(δ80%, 2·δ60%) after
 * the validators have it — one voting round on the fast path, two on the slow one. Here: within
 * Rotor + 2Δ of its proposal (Rotor bounds "have it"; 2Δ covers the slow path's two rounds and
 * so the minimum). With faulty validators the property does not apply (the distribution is still
 * reported).
 */
export const finalizationLatency: LivenessProperty = {
  name: 'FinalizationLatency',
  kind: 'liveness',
  reference: 'reference §7.14; white paper §1.3, §2.2 (Lemma 8)',
  description:
    'With all validators correct and after GST, every finalized block is finalized by every node within Rotor + 2Δ of its proposal (the latency min(δ80%, 2·δ60%) after the block is held).',
  check(ctx) {
    if (ctx.cfg.honest.length !== ctx.cfg.validatorCount) return null;
    const bound = ctx.timing.rotorMs + 2 * ctx.timing.deltaMs;
    const proposedAt = new Map(ctx.obs.proposals.map((p) => [p.block, p.atMs]));
    for (const f of ctx.obs.finalized) {
      const at = proposedAt.get(f.block);
      // Premises: proposed after GST, and its deadline before any message may be lost (premises.ts).
      if (at === undefined || at < ctx.timing.stableFromMs || !judgeable(ctx, at + bound)) continue;
      if (f.atMs - at > bound) {
        return `validator ${f.node} finalized the block of slot ${f.slot} ${ms(f.atMs - at)} after its proposal (bound ${ms(bound)})`;
      }
    }
    return null;
  },
};
