import type { BlockId, NodeId, Slot } from '../../../core/ids.ts';
import type { Rng } from '../../../core/rng.ts';
import { blocksOfSlot } from '../../../model/block.ts';
import { mayPropose } from '../../../model/byzantine/capabilities.ts';
import type { ModelConfig } from '../../../model/config.ts';
import type { StepEffects } from '../../../model/effects.ts';
import type { Message, VoteKind } from '../../../model/messages.ts';
import { isWindowStart, leaderOf, windowSlots } from '../../../model/schedule.ts';
import type { State } from '../../../model/state.ts';
import type { NodeInput } from '../../../model/step.ts';
import type { TimedParams } from '../params.ts';
import type { ByzantineEvent } from './event.ts';
import { byzantineSends } from './gate.ts';
import { TIMED_POLICIES, type TimedPolicy } from './policies.ts';
import { minoritySubset, stakeHalves } from './split.ts';

/** What the adversary needs from the simulator: its agenda, and the network that times sends. */
export interface ByzantineHooks {
  push(atMs: number, event: ByzantineEvent): void;
  /** Times `effects`' sends from `z` at `nowMs` as any step's (uplink, delays; blocks by Rotor). */
  send(effects: StepEffects, z: NodeId, nowMs: number): void;
}

/**
 * The Byzantine validators of a timed run, as one colluding adversary that sees the network (the
 * untimed model's too). Triggers come from the steps' effects (observe): a window of a Byzantine
 * leader becomes ParentReady at some correct node → its blocks, one Δblock apart as a correct
 * leader's (Alg. 3); a block reaches a correct node → votes; a Notarization → Final votes. The
 * policy (policies.ts) picks recipients and timing, drawing from the run's `byzantine` stream; the
 * strategy's guard (gate.ts, mayPropose) decides what may be signed.
 */
export class ByzantineAgent {
  private readonly policy: TimedPolicy;
  private readonly halves: [NodeId[], NodeId[]];
  private readonly ledWindows = new Set<Slot>();
  private readonly votedBlocks = new Set<BlockId>();
  private readonly notarizedSlots = new Set<Slot>();
  /** Who got each version a Byzantine leader sent: its Notar votes go to them alone. */
  private readonly audience = new Map<BlockId, readonly NodeId[]>();

  constructor(
    private readonly cfg: ModelConfig,
    private readonly params: TimedParams,
    private readonly rng: Rng,
    private readonly hooks: ByzantineHooks,
  ) {
    this.policy = TIMED_POLICIES[cfg.strategy.name];
    this.halves = stakeHalves(cfg);
  }

  /** Sees one step's effects (recorder listener): schedules what they trigger, decides nothing yet. */
  observe(effects: StepEffects, atMs: number): void {
    for (const p of effects.parentReady) this.leadWindow(p.slot, p.block, atMs);
    for (const { block } of effects.blocks) {
      if (this.votedBlocks.has(block)) continue;
      this.votedBlocks.add(block);
      this.hooks.push(atMs, { type: 'byzantine', act: 'vote', block });
    }
    for (const { cert } of effects.certs) {
      if (cert.kind !== 'notar' || this.notarizedSlots.has(cert.slot)) continue;
      this.notarizedSlots.add(cert.slot);
      this.hooks.push(atMs, { type: 'byzantine', act: 'notarized', slot: cert.slot });
    }
  }

  /** The event's input to the model (a Byzantine proposal), or null when it only sent messages. */
  act(event: ByzantineEvent, state: State, atMs: number): NodeInput | null {
    switch (event.act) {
      case 'propose':
        return this.propose(event, state);
      case 'disseminate':
        this.disseminate(event, state, atMs);
        return null;
      case 'vote':
        this.voteOn(state, event.block, atMs);
        return null;
      case 'notarized':
        for (const z of this.cfg.byzantine)
          this.send(state, z, vote('final', event.slot, -1, z), this.cfg.honest, atMs);
        return null;
    }
  }

  /** A Byzantine leader's window start became ParentReady at a correct node: schedule its blocks. */
  private leadWindow(slot: Slot, parent: BlockId, atMs: number): void {
    const { cfg, policy } = this;
    if (policy.lead === 'none' || !isWindowStart(slot, cfg.windowSize) || this.ledWindows.has(slot)) return;
    const node = leaderOf(cfg, slot);
    if (cfg.roles[node] !== 'byzantine') return;
    this.ledWindows.add(slot);
    const versions = policy.lead === 'equivocate' ? Math.max(1, cfg.strategy.blocksPerSlot) : 1;
    for (const k of windowSlots(cfg, slot)) {
      const at = atMs + (k - slot + 1) * this.params.blockTimeMs;
      for (let i = 0; i < versions; i++)
        this.hooks.push(at, {
          type: 'byzantine',
          act: 'propose',
          node,
          slot: k,
          parent: k === slot ? parent : null,
        });
      this.hooks.push(at, { type: 'byzantine', act: 'disseminate', node, slot: k, delayed: false });
    }
  }

  private propose(event: Extract<ByzantineEvent, { act: 'propose' }>, state: State): NodeInput | null {
    const { node, slot } = event;
    const parent = event.parent ?? blocksOfSlot(state.blocks, slot - 1).find((b) => b.proposer === node)?.id;
    if (parent === undefined || !mayPropose(this.cfg, state, node, slot, parent)) return null;
    return { type: 'byzPropose', node, slot, parent };
  }

  /** Sends the slot's versions: each to its audience (policy), then the leader's side votes for them. */
  private disseminate(
    event: Extract<ByzantineEvent, { act: 'disseminate' }>,
    state: State,
    atMs: number,
  ): void {
    const versions = blocksOfSlot(state.blocks, event.slot).filter((b) => b.proposer === event.node);
    if (versions.length === 0) return;
    const audiences = this.audiences(event, versions.length, atMs);
    if (audiences === null) return; // sent later (withholding: late)
    for (const [i, block] of versions.entries()) {
      const to = audiences[i % audiences.length] as NodeId[];
      this.audience.set(block.id, to);
      this.votedBlocks.add(block.id);
      this.send(state, event.node, { type: 'block', block: block.id }, to, atMs);
      this.voteOn(state, block.id, atMs);
    }
  }

  /** Recipients per version, or null when the policy sends later (it re-queued the event). */
  private audiences(
    event: Extract<ByzantineEvent, { act: 'disseminate' }>,
    versions: number,
    atMs: number,
  ): NodeId[][] | null {
    const all = [...this.cfg.honest];
    if (this.policy.lead === 'equivocate' && versions > 1) {
      const flip = this.rng.int(2);
      return [this.halves[flip] as NodeId[], this.halves[1 - flip] as NodeId[]];
    }
    if (this.policy.lead !== 'withhold' || event.delayed) return [all];
    if (this.rng.int(2) === 0) return [minoritySubset(this.cfg, shuffled(all, this.rng))];
    // Late: anywhere up to a slot past the first timeout, so some nodes skip and some vote.
    const lateMs = 1 + this.rng.int(this.params.timeoutMs + this.params.blockTimeMs);
    this.hooks.push(atMs + lateMs, { ...event, delayed: true });
    return null;
  }

  /** Every Byzantine validator's votes on a block, as the policy routes them (the gate filters). */
  private voteOn(state: State, blockId: BlockId, atMs: number): void {
    const block = state.blocks[blockId];
    if (block === undefined) return;
    const { cfg, policy } = this;
    const own = cfg.roles[block.proposer] === 'byzantine';
    const audience = this.audience.get(blockId) ?? cfg.honest;
    const flip = policy.doubleVote && !own ? this.rng.int(2) : 0;
    for (const z of cfg.byzantine) {
      const notar = vote('notar', block.slot, blockId, z);
      const skip = vote('skip', block.slot, -1, z);
      if (policy.doubleVote && !own) {
        this.send(state, z, notar, this.halves[flip] as NodeId[], atMs);
        this.send(state, z, skip, this.halves[1 - flip] as NodeId[], atMs);
      } else this.send(state, z, notar, audience, atMs);
      if (policy.conflicting) {
        this.send(state, z, notar, cfg.honest, atMs);
        this.send(state, z, skip, cfg.honest, atMs);
      }
      if (policy.fallbacks) {
        this.send(state, z, vote('notarFallback', block.slot, blockId, z), cfg.honest, atMs);
        this.send(state, z, vote('skipFallback', block.slot, -1, z), cfg.honest, atMs);
      }
    }
  }

  private send(state: State, z: NodeId, msg: Message, to: readonly NodeId[], atMs: number): void {
    const effects = byzantineSends(this.cfg, state, z, msg, to);
    if (effects !== null) this.hooks.send(effects, z, atMs);
  }
}

/** Fisher–Yates with the run's Byzantine stream. */
function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function vote(kind: VoteKind, slot: Slot, block: BlockId, voter: NodeId): Message {
  return { type: 'vote', vote: { kind, slot, block, voter } };
}

/**
 * The run's adversary, listening to the recorder, or null when no Byzantine validator can act
 * (none, or a silent strategy): then nothing is scheduled or drawn and the run is as before.
 */
export function startByzantine(
  o: { readonly cfg: ModelConfig; readonly params: TimedParams; readonly rng: Rng },
  recorder: { listener: ((effects: StepEffects, atMs: number) => void) | null },
  hooks: ByzantineHooks,
): ByzantineAgent | null {
  const { cfg } = o;
  if (cfg.byzantine.length === 0 || TIMED_POLICIES[cfg.strategy.name].lead === 'none') return null;
  const agent = new ByzantineAgent(cfg, o.params, o.rng.fork('byzantine'), hooks);
  recorder.listener = (effects, atMs) => agent.observe(effects, atMs);
  return agent;
}
