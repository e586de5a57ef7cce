import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import { type BlockId, NO_BLOCK, type NodeId, type Slot } from '../../src/core/ids.ts';
import { buildModelConfig, type ModelConfig } from '../../src/model/config.ts';
import type { CertKind } from '../../src/model/messages.ts';
import {
  emptyObservations,
  type LivenessTiming,
  type TimedObservations,
  windowSpanMs,
} from '../../src/model/observations.ts';
import { leaderOf, windowSlots } from '../../src/model/schedule.ts';
import { timedConfig } from './timed.ts';

/**
 * Hand-built timed observations for the liveness property tests: round numbers so that every
 * bound can be computed in one's head. Δ = 100, Rotor = 200, Δ_block = 400, Δ_timeout = 600
 * (≥ 3Δ, as Theorem 2 needs), GST = 0 unless a test moves it. Blocks are named by their slot
 * (block id = slot, genesis 0), each built on the previous slot's block.
 */
export const TIMING: LivenessTiming = {
  stableFromMs: 0,
  deltaMs: 100,
  rotorMs: 200,
  blockTimeMs: 400,
  timeoutMs: 600,
  standstillMs: 10_000,
  timeoutGrowth: false,
  horizonMs: 100_000,
};

/**
 * Four validators of stake 1, windows of two slots, three windows (slots 1–2, 3–4, 5–6) led by
 * validators 0, 1 and 2 (leader offset 0). Overrides change roles, window size, slots.
 */
export function livenessConfig(overrides: Partial<AlpenglowConfig> = {}): ModelConfig {
  return buildModelConfig(
    timedConfig({ validators: 4, leader_window_size: 2, max_rounds: 6, leader_offset: 0, ...overrides }),
  );
}

/** Window span (Δ_timeout + W·Δ_block + Rotor + 4Δ): 2000 ms for TIMING and W = 2. */
export function spanOf(cfg: ModelConfig, timing: LivenessTiming = TIMING): number {
  return windowSpanMs(timing, cfg.windowSize);
}

type EventKind = 'proposals' | 'blockArrivals' | 'parentReady' | 'certs' | 'finalized';

/** Builds a TimedObservations record event by event; `nodes` defaults to every correct node. */
export class ObservationsBuilder {
  readonly obs: TimedObservations = emptyObservations();

  constructor(
    readonly cfg: ModelConfig,
    endMs: number,
  ) {
    this.obs.endMs = endMs;
  }

  /** The slot's leader proposes block `slot` on `parent` (default: the previous slot's block). */
  propose(slot: Slot, atMs: number, parent: BlockId = slot - 1, block: BlockId = slot): this {
    this.obs.proposals.push({ node: leaderOf(this.cfg, slot), slot, block, parent, atMs });
    return this;
  }

  arrive(block: BlockId, atMs: number, nodes: readonly NodeId[] = this.cfg.honest): this {
    for (const node of nodes) this.obs.blockArrivals.push({ node, block, atMs });
    return this;
  }

  /** ParentReady for the window starting at `slot` (on the previous slot's block by default). */
  ready(
    slot: Slot,
    atMs: number,
    nodes: readonly NodeId[] = this.cfg.honest,
    block: BlockId = slot - 1,
  ): this {
    for (const node of nodes) this.obs.parentReady.push({ node, slot, block, atMs });
    return this;
  }

  cert(
    kind: CertKind,
    slot: Slot,
    atMs: number,
    nodes: readonly NodeId[] = this.cfg.honest,
    block: BlockId = kind === 'skip' || kind === 'final' ? NO_BLOCK : slot,
  ): this {
    for (const node of nodes) this.obs.certs.push({ node, kind, slot, block, atMs });
    return this;
  }

  finalize(
    slot: Slot,
    atMs: number,
    nodes: readonly NodeId[] = this.cfg.honest,
    block: BlockId = slot,
    path: 'fast' | 'slow' = 'fast',
  ): this {
    for (const node of nodes) this.obs.finalized.push({ node, slot, block, atMs, path });
    return this;
  }

  /**
   * A window with a correct leader going as Theorem 2's proof says, from ParentReady at `readyMs`
   * at every correct node: block k of the window proposed k·Δ_block later, held by every correct
   * node a Rotor later, notarized and fast-finalized Δ after that. The last slot's Notarization
   * makes the next window ParentReady at the same time.
   * Returns when the last block was finalized. The caller adds the next window's ParentReady.
   */
  honestWindow(windowStart: Slot, readyMs: number, timing: LivenessTiming = TIMING): number {
    this.ready(windowStart, readyMs);
    let doneMs = readyMs;
    for (const [i, slot] of windowSlots(this.cfg, windowStart).entries()) {
      const proposedMs = readyMs + (i + 1) * timing.blockTimeMs;
      const heldMs = proposedMs + timing.rotorMs;
      doneMs = heldMs + timing.deltaMs;
      this.propose(slot, proposedMs).arrive(slot, heldMs).cert('notar', slot, doneMs);
      this.cert('fastFinal', slot, doneMs).finalize(slot, doneMs);
    }
    return doneMs;
  }

  /**
   * A window whose leader is silent, from ParentReady at `readyMs` everywhere: the first slot
   * times out Δ_timeout + Δ_block later, every correct node skip-votes the whole window, and the
   * Skip certificates form Δ after that. Returns when they formed.
   */
  skippedWindow(windowStart: Slot, readyMs: number, timing: LivenessTiming = TIMING): number {
    this.ready(windowStart, readyMs);
    const skippedMs = readyMs + timing.timeoutMs + timing.blockTimeMs + timing.deltaMs;
    for (const slot of windowSlots(this.cfg, windowStart)) this.cert('skip', slot, skippedMs);
    return skippedMs;
  }

  /** Removes the recorded events of one kind that match (a bug that loses them). */
  drop<K extends EventKind>(kind: K, match: (e: TimedObservations[K][number]) => boolean): this {
    const list = this.obs[kind] as TimedObservations[K][number][];
    const kept = list.filter((e) => !match(e));
    list.splice(0, list.length, ...kept);
    return this;
  }

  /** Moves the recorded events of one kind that match `byMs` later (a bug that delays them). */
  delay<K extends EventKind>(
    kind: K,
    match: (e: TimedObservations[K][number]) => boolean,
    byMs: number,
  ): this {
    for (const e of this.obs[kind] as TimedObservations[K][number][]) if (match(e)) e.atMs += byMs;
    return this;
  }

  /** The context a liveness property checks (LivenessContext, written out structurally). */
  ctx(timing: Partial<LivenessTiming> = {}): {
    cfg: ModelConfig;
    timing: LivenessTiming;
    obs: TimedObservations;
  } {
    return { cfg: this.cfg, timing: { ...TIMING, ...timing }, obs: this.obs };
  }
}

export function observe(cfg: ModelConfig, endMs: number): ObservationsBuilder {
  return new ObservationsBuilder(cfg, endMs);
}
