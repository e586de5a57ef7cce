import { assert } from '../../core/assert.ts';
import type { BlockId, NodeId } from '../../core/ids.ts';
import { ownBlock } from '../../model/actions/honest.ts';
import { blocksOfSlot } from '../../model/block.ts';
import type { ModelConfig } from '../../model/config.ts';
import type { StepEffects } from '../../model/effects.ts';
import type { TimedObservations } from '../../model/observations.ts';
import type { State } from '../../model/state.ts';
import { type NodeInput, type StepOptions, type StepResult, stepNode } from '../../model/step.ts';
import { type GrowthParams, StandstillTracker, type TimerDurations } from './standstill.ts';

/** A step that set no timer (most do not): one shared empty list. */
const NO_TIMERS: readonly TimerSet[] = [];

/** The timers one step set, with the durations the standstill state gave them. */
export interface TimerSet extends TimerDurations {
  readonly node: NodeId;
  readonly slot: number;
}

/**
 * Turns step effects into timed observations. Finalization is tracked incrementally (Def. 14):
 * fast on a FastFinalization certificate, slow once a node holds both Finalization(s) and the
 * Notarization certificate of a block of s, whichever arrives second (P13).
 */
export class ObservationRecorder {
  private readonly finalSlots = new Set<string>();
  private readonly notarized = new Map<string, BlockId[]>();
  private readonly finalizedKeys = new Set<string>();
  readonly standstill: StandstillTracker;
  /** The timers the last recorded step set (the simulator schedules them). */
  timersSet: readonly TimerSet[] = [];
  /** Sees every recorded step's effects: the timed adversary's triggers (byzantine/agent.ts); none in a replay. */
  listener: ((effects: StepEffects, atMs: number) => void) | null = null;

  constructor(
    readonly obs: TimedObservations,
    cfg: ModelConfig,
    growth: GrowthParams,
  ) {
    this.standstill = new StandstillTracker(cfg, growth, obs);
  }

  /**
   * Feeds one timed input to its node and records what it did. The simulator and the replay of
   * its trace (evaluate.ts) both go through here, so they cannot observe a run differently.
   */
  apply(
    cfg: ModelConfig,
    state: State,
    input: NodeInput,
    atMs: number,
    options: StepOptions = {},
  ): StepResult {
    this.standstill.step++;
    if (input.type === 'timeout') this.obs.timeoutsFired++;
    if (input.type === 'receive') this.obs.deliveries++;
    if (input.type === 'standstill') this.standstill.standstill(input.node, atMs, state);
    const result = stepNode(cfg, state, input, options);
    this.recordSkips(result.effects, atMs);
    // A model stopped by an anomaly (anomaly.ts) made no block: InternalConsistency reports it.
    if ((input.type === 'propose' || input.type === 'byzPropose') && result.state.anomaly === undefined) {
      // A Byzantine leader's version is its newest block of the slot (variants count up).
      const block =
        input.type === 'propose'
          ? ownBlock(result.state, input.node, input.slot)
          : blocksOfSlot(result.state.blocks, input.slot)
              .filter((b) => b.proposer === input.node)
              .at(-1)?.id;
      assert(block !== undefined, 'proposal without a block');
      const { node, slot, parent } = input;
      this.obs.proposals.push({ node, slot, block, parent, atMs });
    }
    this.record(result.effects, atMs);
    return result;
  }

  /**
   * A delivery the simulator did not run because the pool ignores it (pool/ignored.ts): counted
   * as apply would count it, with nothing else to record (the step would have had no effects).
   */
  ignored(input: NodeInput): void {
    this.standstill.step++;
    if (input.type === 'receive') this.obs.deliveries++;
    this.timersSet = NO_TIMERS;
  }

  /** Records a step's effects; finalizations before timers, so a window a finalization starts gets base timers. */
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
    this.timersSet =
      effects.timers.length === 0
        ? NO_TIMERS
        : effects.timers.map(({ node, slot }) => ({
            node,
            slot,
            ...this.standstill.timers(node, slot, atMs),
          }));
    this.listener?.(effects, atMs);
  }

  /** The Skip votes a step cast (a re-broadcast casts none). */
  private recordSkips(effects: StepEffects, atMs: number): void {
    for (const vote of effects.cast)
      if (vote.kind === 'skip') this.obs.skipVotes.push({ node: vote.voter, slot: vote.slot, atMs });
  }

  private finalize(node: NodeId, slot: number, block: BlockId, atMs: number, path: 'fast' | 'slow'): void {
    const key = `${node}/${block}`;
    if (this.finalizedKeys.has(key)) return;
    this.finalizedKeys.add(key);
    this.obs.finalized.push({ node, slot, block, atMs, path, step: this.standstill.step });
    this.standstill.finalized(node, slot);
  }
}
