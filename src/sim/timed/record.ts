import { assert } from '../../core/assert.ts';
import type { BlockId, NodeId } from '../../core/ids.ts';
import { ownBlock } from '../../model/actions/honest.ts';
import type { ModelConfig } from '../../model/config.ts';
import type { StepEffects } from '../../model/effects.ts';
import type { TimedObservations } from '../../model/observations.ts';
import type { State } from '../../model/state.ts';
import { type NodeInput, type StepResult, stepNode } from '../../model/step.ts';

/**
 * Turns step effects into timed observations. Finalization is tracked incrementally (Def. 14):
 * fast on a FastFinalization certificate, slow once a node holds both Finalization(s) and the
 * Notarization certificate of a block of s, whichever arrives second (P13).
 */
export class ObservationRecorder {
  private readonly finalSlots = new Set<string>();
  private readonly notarized = new Map<string, BlockId[]>();
  private readonly finalizedKeys = new Set<string>();

  constructor(readonly obs: TimedObservations) {}

  /**
   * Feeds one timed input to its node and records what it did. The simulator and the replay of
   * its trace (evaluate.ts) both go through here, so they cannot observe a run differently.
   */
  apply(cfg: ModelConfig, state: State, input: NodeInput, atMs: number): StepResult {
    if (input.type === 'timeout') this.obs.timeoutsFired++;
    if (input.type === 'receive') this.obs.deliveries++;
    const result = stepNode(cfg, state, input);
    if (input.type === 'propose') {
      const block = ownBlock(result.state, input.node, input.slot);
      assert(block !== undefined, 'proposal without a block');
      const { node, slot, parent } = input;
      this.obs.proposals.push({ node, slot, block, parent, atMs });
    }
    this.record(result.effects, atMs);
    return result;
  }

  record(effects: StepEffects, atMs: number): void {
    for (const b of effects.blocks) this.obs.blockArrivals.push({ ...b, atMs });
    for (const p of effects.parentReady) this.obs.parentReady.push({ ...p, atMs });
    for (const { node, cert } of effects.certs) {
      this.obs.certs.push({ node, kind: cert.kind, slot: cert.slot, block: cert.block, atMs });
      const key = `${node}/${cert.slot}`;
      if (cert.kind === 'fastFinal') this.finalize(node, cert.slot, cert.block, atMs, 'fast');
      if (cert.kind === 'notar') {
        const blocks = this.notarized.get(key);
        if (blocks) blocks.push(cert.block);
        else this.notarized.set(key, [cert.block]);
        if (this.finalSlots.has(key)) this.finalize(node, cert.slot, cert.block, atMs, 'slow');
      }
      if (cert.kind === 'final') {
        this.finalSlots.add(key);
        for (const b of this.notarized.get(key) ?? []) this.finalize(node, cert.slot, b, atMs, 'slow');
      }
    }
  }

  private finalize(node: NodeId, slot: number, block: BlockId, atMs: number, path: 'fast' | 'slow'): void {
    const key = `${node}/${block}`;
    if (this.finalizedKeys.has(key)) return;
    this.finalizedKeys.add(key);
    this.obs.finalized.push({ node, slot, block, atMs, path });
  }
}
