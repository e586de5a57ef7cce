import { assert } from '../../core/assert.ts';
import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import type { Rng } from '../../core/rng.ts';
import { ownBlock } from '../../model/actions/honest.ts';
import type { ModelConfig } from '../../model/config.ts';
import { type Broadcast, isBroadcast, StepEffects } from '../../model/effects.ts';
import type { Message } from '../../model/messages.ts';
import { initialStep } from '../../model/model.ts';
import { emptyObservations, type TimedObservations } from '../../model/observations.ts';
import { messageIgnored } from '../../model/pool/ignored.ts';
import { isWindowStart, leaderOf } from '../../model/schedule.ts';
import type { State } from '../../model/state.ts';
import type { NodeInput } from '../../model/step.ts';
import { startByzantine } from './byzantine/agent.ts';
import type { ByzantineEvent } from './byzantine/event.ts';
import { EventQueue } from './event-queue.ts';
import type { FaultPlan } from './fault-plan.ts';
import { type LostMessage, type NetworkLoss, NO_LOSS } from './loss.ts';
import { NetworkTiming } from './network.ts';
import type { TimedParams } from './params.ts';
import { ObservationRecorder, type TimerSet } from './record.ts';
import { rotorDeliveries } from './rotor.ts';
import { ShredLog } from './shred-log.ts';
import { type TimerEvent, timerEvents } from './timers.ts';

/**
 * A node's Δstandstill clock ran out (paper §3.3). `epoch` is the clock's start count: a new
 * finalization restarts the clock, and the old expiry is then stale.
 */
interface StandstillEvent {
  readonly type: 'standstillClock';
  readonly node: NodeId;
  readonly epoch: number;
}

type SimEvent = NodeInput | TimerEvent | StandstillEvent | ByzantineEvent;

/** Rotor's randomness and what it told about shreds (rule crashedLeaderTimer). */
interface RotorState {
  readonly rng: Rng;
  readonly shreds: ShredLog;
  /** Blocks a correct leader will produce: `leader/slot` → when (a produce event is queued). */
  readonly producing: Map<string, number>;
}

/** One input applied to the model, with its time: a timed trace is a list of these. */
export interface TimedInput {
  readonly atMs: number;
  readonly input: NodeInput;
}

export interface TimedRunResult {
  readonly state: State;
  readonly observations: TimedObservations;
  /** The timed trace (empty when the run kept no inputs: SimulatorOptions.keepInputs). */
  readonly inputs: TimedInput[];
  /** Inputs applied to the model (inputs.length when they were kept). */
  readonly steps: number;
  readonly events: number;
  readonly stoppedEarly: boolean;
  /** Messages the network lost (message_loss, dropping partitions); not inputs, so not in a trace. */
  readonly lost: readonly LostMessage[];
  /** The run's fixed one-way delay of a link (the latency breakdown's direct path). */
  readonly linkDelayMs: (from: NodeId, to: NodeId) => number;
}

export interface SimulatorOptions {
  readonly cfg: ModelConfig;
  readonly params: TimedParams;
  readonly plan: FaultPlan;
  /** How the network loses messages; default none (every message is delivered). */
  readonly loss?: NetworkLoss;
  readonly horizonMs: number;
  readonly rng: Rng;
  readonly maxEvents: number;
  readonly shouldStop?: () => boolean;
  /**
   * Called with each state the run reaches (after input number `step`, from 0; `changed`: whether
   * that input changed the state): per-state checks.
   */
  readonly onStep?: (state: State, step: number, changed: boolean) => void;
  /**
   * Step the model in place (step.ts StepOptions): the same handlers without the copies, for runs
   * at mainnet scale. `onStep` then sees one state object that changes; only `changed` says when.
   */
  readonly inPlace?: boolean;
  /** Keep the list of inputs (the timed trace; default true). At scale it is millions of entries. */
  readonly keepInputs?: boolean;
}

/**
 * The discrete-event simulator: an agenda of deliveries, timer expiries and block productions in
 * (time, sequence) order, each applied to the same model handlers as the untimed drivers
 * (src/model/step.ts). What a step sends is timed by the network model (and by Rotor for blocks);
 * the timers a step sets are scheduled at Def. 17's offsets (timers.ts); a correct leader produces
 * its window's blocks one Δ_block apart from its first ParentReady (Alg. 3).
 */
export function simulate(o: SimulatorOptions): TimedRunResult {
  const queue = new EventQueue<SimEvent>();
  // Loss draws come from their own stream: turning loss on shifts no link, Rotor or fault draw.
  const loss = { model: o.loss ?? NO_LOSS, rng: o.rng.fork('loss') };
  const network = new NetworkTiming(o.params, o.plan, o.cfg.validatorCount, o.rng.fork('links'), loss);
  const rotor: RotorState = { rng: o.rng.fork('rotor'), shreds: new ShredLog(), producing: new Map() };
  const observations = emptyObservations();
  const recorder = new ObservationRecorder(observations, o.cfg, o.params);
  const clocks = new StandstillClocks(o, queue, recorder);
  const inputs: TimedInput[] = [];
  const init = initialStep(o.cfg, new StepEffects());
  let state = init.state;
  const schedule = (effects: StepEffects, actor: NodeId | null, nowMs: number) => {
    scheduleSends(o, queue, network, rotor, state, effects, actor, nowMs);
    scheduleTimers(o, queue, recorder.timersSet, nowMs, rotor.producing);
  };
  // Byzantine validators act from their own stream (byzantine/agent.ts); null when none can act.
  const byzantine = startByzantine(o, recorder, {
    push: (atMs, event) => queue.push(atMs, event),
    send: (effects, z, nowMs) => scheduleSends(o, queue, network, rotor, state, effects, z, nowMs),
  });
  recorder.record(init.effects as StepEffects, 0);
  schedule(init.effects as StepEffects, null, 0);
  for (const node of o.cfg.honest) clocks.restart(node, 0);
  let events = 0;
  let steps = 0;
  let lastInputMs = 0;
  let stoppedEarly = false;
  const stepOptions = { inPlace: o.inPlace ?? false };
  const keepInputs = o.keepInputs ?? true;
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (next.atMs > o.horizonMs) break;
    if (events >= o.maxEvents || (events % 64 === 0 && o.shouldStop?.())) {
      stoppedEarly = true;
      break;
    }
    events++;
    const input =
      next.event.type === 'standstillClock'
        ? clocks.expired(next.event, next.atMs)
        : next.event.type === 'byzantine'
          ? (byzantine?.act(next.event, state, next.atMs) ?? null)
          : toInput(o.cfg, state, next.event, next.atMs, rotor, queue);
    if (input === null) continue;
    if (ignoredDelivery(o.cfg, state, input)) {
      // The step would change nothing and send nothing: counted and traced, not run.
      recorder.ignored(input);
      if (keepInputs) inputs.push({ atMs: next.atMs, input });
      o.onStep?.(state, steps, false);
      steps++;
      lastInputMs = next.atMs;
      continue;
    }
    const result = recorder.apply(o.cfg, state, input, next.atMs, stepOptions);
    state = result.state;
    if (keepInputs) inputs.push({ atMs: next.atMs, input });
    o.onStep?.(state, steps, result.changed);
    steps++;
    lastInputMs = next.atMs;
    const actor = actorOf(input);
    schedule(result.effects, actor, next.atMs);
    clocks.afterStep(actor, next.atMs);
  }
  observations.endMs = stoppedEarly ? lastInputMs : o.horizonMs;
  const linkDelayMs = (from: NodeId, to: NodeId) => network.linkDelayMs(from, to);
  return {
    state,
    observations,
    inputs,
    steps,
    events,
    stoppedEarly,
    lost: network.lostMessages,
    linkDelayMs,
  };
}

/**
 * Each correct node's Δstandstill clock (paper §3.3; agave's `standstill_timer` in
 * votor/src/consensus_pool_service.rs): it starts at 0, restarts when the node's highest finalized
 * slot rises, and when it runs out the node gets a `standstill` input and the clock runs again.
 * The model's chain ends at max_rounds: a node that finalized the last slot has nothing left to
 * stall on, so its clock stops (else every run would end in a standstill of the model's making).
 */
class StandstillClocks {
  private readonly epochs = new Map<NodeId, number>();
  private readonly rises = new Map<NodeId, number>();

  constructor(
    private readonly o: SimulatorOptions,
    private readonly queue: EventQueue<SimEvent>,
    private readonly recorder: ObservationRecorder,
  ) {}

  restart(node: NodeId, nowMs: number): void {
    if (this.recorder.standstill.finalizedSlotOf(node) >= this.o.cfg.maxSlot) return;
    const epoch = (this.epochs.get(node) ?? 0) + 1;
    this.epochs.set(node, epoch);
    this.queue.push(nowMs + this.o.params.standstillMs, { type: 'standstillClock', node, epoch });
  }

  /** The standstill input of a clock that ran out, or null for a stale one (restarted since). */
  expired(event: StandstillEvent, nowMs: number): NodeInput | null {
    if (this.epochs.get(event.node) !== event.epoch) return null;
    if (this.recorder.standstill.finalizedSlotOf(event.node) >= this.o.cfg.maxSlot) return null;
    this.queue.push(nowMs + this.o.params.standstillMs, event);
    return { type: 'standstill', node: event.node };
  }

  afterStep(actor: NodeId, nowMs: number): void {
    const rises = this.recorder.standstill.risesOf(actor);
    if (rises === (this.rises.get(actor) ?? 0)) return;
    this.rises.set(actor, rises);
    if (this.o.cfg.roles[actor] === 'honest') this.restart(actor, nowMs);
  }
}

/**
 * Rule crashedLeaderTimer's check at ParentReady + Δtimeout. This simulator learns when a block's
 * shreds arrive only when the block is produced, at the end of its slot, while a streaming leader
 * sent its first shred when the slot began. So when the slot's correct leader has begun the slot
 * but not produced the block yet, the check waits for that production and then asks whether the
 * first shred had arrived by the check's own time; a skip then comes at production (a review found
 * correct leaders skipped, even by themselves, when Δtimeout < Δblock).
 */
function crashedLeaderCheck(
  cfg: ModelConfig,
  state: State,
  event: Extract<TimerEvent, { type: 'crashedLeader' }>,
  atMs: number,
  rotor: RotorState,
  queue: EventQueue<SimEvent>,
): NodeInput | null {
  const checkMs = event.checkMs ?? atMs;
  if (rotor.shreds.seen(state, event.node, event.slot, checkMs)) return null;
  const producedAtMs = rotor.producing.get(`${leaderOf(cfg, event.slot)}/${event.slot}`);
  if (event.checkMs === undefined && producedAtMs !== undefined && producedAtMs > atMs) {
    queue.push(producedAtMs, { ...event, checkMs });
    return null;
  }
  return { type: 'timeout', node: event.node, slot: event.slot };
}

/** A delivery the recipient's pool ignores outright (pool/ignored.ts: a copy of what it holds). */
function ignoredDelivery(cfg: ModelConfig, state: State, input: NodeInput): boolean {
  if (input.type !== 'receive' || state.anomaly !== undefined) return false;
  const node = state.nodes[input.to];
  return node !== null && node !== undefined && messageIgnored(cfg, node.slots, input.msg);
}

function actorOf(input: NodeInput): NodeId {
  return input.type === 'receive' ? input.to : input.node;
}

/**
 * A production event becomes a proposal when the leader can make the block (else nothing). A
 * crashed-leader check becomes a Timeout of its slot when no shred of the slot has arrived: the
 * model's Timeout handler then skips the window unless the node voted in the slot, which is
 * agave's TimeoutCrashedLeader handler (votor/src/event_handler.rs).
 */
function toInput(
  cfg: ModelConfig,
  state: State,
  event: NodeInput | TimerEvent,
  atMs: number,
  rotor: RotorState,
  queue: EventQueue<SimEvent>,
): NodeInput | null {
  if (event.type === 'crashedLeader') return crashedLeaderCheck(cfg, state, event, atMs, rotor, queue);
  if (event.type === 'produce') rotor.producing.delete(`${event.node}/${event.slot}`);
  if (event.type !== 'produce') return event;
  const slots = state.nodes[event.node]?.slots;
  if (!slots) return null;
  const first = isWindowStart(event.slot, cfg.windowSize);
  const parent: BlockId | undefined = first
    ? slots[event.slot]?.parentReady[0]
    : ownBlock(state, event.node, event.slot - 1);
  if (parent === undefined || ownBlock(state, event.node, event.slot) !== undefined) return null;
  return { type: 'propose', node: event.node, slot: event.slot, parent };
}

const MESSAGE_BYTES = (o: SimulatorOptions, msg: Message) =>
  msg.type === 'cert' ? o.params.certBytes : o.params.voteBytes;

function scheduleSends(
  o: SimulatorOptions,
  queue: EventQueue<SimEvent>,
  network: NetworkTiming,
  rotor: RotorState,
  state: State,
  effects: StepEffects,
  actor: NodeId | null,
  nowMs: number,
): void {
  const blocks = new Map<BlockId, NodeId[]>();
  for (const send of effects.sends) {
    if (send.msg.type === 'block') {
      const to = isBroadcast(send) ? send.recipients.filter((v) => v !== send.from) : [send.to];
      const recipients = blocks.get(send.msg.block);
      if (recipients) recipients.push(...to);
      else blocks.set(send.msg.block, to);
      continue;
    }
    assert(actor !== null, 'a message without a sender');
    if (isBroadcast(send)) scheduleBroadcast(o, queue, network, send, nowMs);
    else {
      const atMs = network.send(actor, send.to, nowMs, MESSAGE_BYTES(o, send.msg), kindOf(send.msg));
      if (atMs !== undefined) queue.push(atMs, { type: 'receive', to: send.to, msg: send.msg });
    }
  }
  for (const [block, recipients] of blocks) {
    const leader = state.blocks[block]?.proposer as NodeId;
    const forwards = (v: NodeId) => o.cfg.roles[v] === 'honest';
    const slot = state.blocks[block]?.slot as Slot;
    const deliveries = rotorDeliveries(
      o.params,
      network,
      { leader, nowMs, stakes: o.cfg.stakes, forwards, recipients },
      rotor.rng,
    );
    for (const [to, { firstMs, completeMs: atMs }] of deliveries) {
      // Rotor here sends the block whole when its slot ends; a leader streams slices as it makes
      // them (Alg. 3), so the first shred left Δblock earlier, when the slot began: agave's
      // FirstShred comes that much sooner than this block's first shred (rule crashedLeaderTimer).
      if (firstMs !== undefined) rotor.shreds.note(to, slot, firstMs - o.params.blockTimeMs);
      if (atMs !== undefined) queue.push(atMs, { type: 'receive', to, msg: { type: 'block', block } });
    }
  }
}

const kindOf = (msg: Message) => (msg.type === 'cert' ? 'cert' : 'vote');

/** A vote or certificate to every other correct validator: one uplink slot each, one queue batch. */
function scheduleBroadcast(
  o: SimulatorOptions,
  queue: EventQueue<SimEvent>,
  network: NetworkTiming,
  send: Broadcast,
  nowMs: number,
): void {
  const bytes = MESSAGE_BYTES(o, send.msg);
  const kind = kindOf(send.msg);
  const times: number[] = [];
  const to: number[] = [];
  for (const v of send.recipients) {
    if (v === send.from) continue;
    const atMs = network.send(send.from, v, nowMs, bytes, kind);
    if (atMs === undefined) continue;
    times.push(atMs);
    to.push(v);
  }
  const msg = send.msg;
  queue.pushBatch(times, to, (v) => ({ type: 'receive', to: v, msg }));
}

function scheduleTimers(
  o: SimulatorOptions,
  queue: EventQueue<SimEvent>,
  timers: readonly TimerSet[],
  nowMs: number,
  producing: Map<string, number>,
): void {
  for (const timer of timers) {
    for (const { atMs, event } of timerEvents(o.cfg, o.params, timer, nowMs)) {
      if (event.type === 'produce') producing.set(`${event.node}/${event.slot}`, atMs);
      queue.push(atMs, event);
    }
  }
}
