import type { NodeId } from '../core/ids.ts';
import type { Action } from '../model/actions/types.ts';
import { buildModelConfig, type ModelConfig } from '../model/config.ts';
import { describeAction } from '../model/describe.ts';
import { StepEffects } from '../model/effects.ts';
import { type Envelope, envelopeKey, type Message } from '../model/messages.ts';
import { initialStep } from '../model/model.ts';
import type { State } from '../model/state.ts';
import { type NodeInput, stepNode } from '../model/step.ts';
import { replayTrace } from '../sim/replay-trace.ts';
import type { NativeTrace } from '../sim/trace.ts';

export type StepKind = 'deliver' | 'byzSend' | 'timeout' | 'propose' | 'byzPropose' | 'standstill';

/** A message handed to a correct validator: from the network, or straight from a Byzantine one. */
export interface Delivery {
  readonly to: NodeId;
  readonly msg: Message;
  readonly key: string;
  /** The Byzantine sender of a `byzSend` (it hands the message over itself, in that step). */
  readonly byzantineFrom: NodeId | null;
}

/** One step of a trace as the viewer needs it: who acted, what arrived, what was sent, the state after. */
export interface TraceStep {
  /** 1-based, as replay numbers steps. */
  readonly index: number;
  /** Simulated time of a timed trace's input; null in untimed traces. */
  readonly atMs: number | null;
  readonly kind: StepKind;
  /** The validator that acted: the recipient of a delivery, the node of a timeout or proposal. */
  readonly actor: NodeId;
  readonly text: string;
  readonly delivery: Delivery | null;
  /** Envelopes this step put on the network (each recipient's copy). */
  readonly sent: readonly Envelope[];
  readonly before: State;
  readonly state: State;
}

/** A trace re-executed step by step, untimed or timed alike. */
export interface SteppedTrace {
  readonly cfg: ModelConfig;
  readonly timed: boolean;
  readonly initial: State;
  /** What the initial state already had in flight (sent before step 1). */
  readonly initialSent: readonly Envelope[];
  readonly steps: readonly TraceStep[];
  /** The simulated time a timed trace was observed until; null when untimed. */
  readonly endMs: number | null;
  /** Index (0-based) of the first action the model did not enable, as replay reports it. */
  readonly rejectedAt: number | null;
}

/**
 * Re-executes a native trace and records, per step, what the message-sequence chart draws.
 * Untimed: the model's own replay; what a step sent is what it added to the in-flight set
 * (a set: a copy already in flight is not sent again). Timed: each input through `stepNode`
 * with effects, whose `sent` are the messages the simulator then delivered.
 */
export function stepTrace(trace: NativeTrace): SteppedTrace {
  return trace.timed ? stepTimed(trace) : stepUntimed(trace);
}

function stepUntimed(trace: NativeTrace): SteppedTrace {
  const replay = replayTrace(trace, []);
  let before = replay.initialState;
  const steps = replay.steps.map((s): TraceStep => {
    const step: TraceStep = {
      index: s.index + 1,
      atMs: null,
      ...actionParts(s.action),
      text: s.text,
      sent: added(before.network, s.state.network),
      before,
      state: s.state,
    };
    before = s.state;
    return step;
  });
  return {
    cfg: replay.cfg,
    timed: false,
    initial: replay.initialState,
    initialSent: replay.initialState.network,
    steps,
    endMs: null,
    rejectedAt: replay.rejectedAt,
  };
}

function stepTimed(trace: NativeTrace): SteppedTrace {
  const timed = trace.timed as NonNullable<NativeTrace['timed']>;
  const cfg = buildModelConfig(trace.config);
  const init = initialStep(cfg, new StepEffects());
  const initial = init.state;
  let state = initial;
  const steps = timed.inputs.map(({ at_ms, input }, i): TraceStep => {
    const before = state;
    const { state: after, effects } = stepNode(cfg, before, input);
    state = after;
    return {
      index: i + 1,
      atMs: at_ms,
      ...inputParts(input),
      text: describeInput(before, input),
      sent: effects.sent,
      before,
      state: after,
    };
  });
  return {
    cfg,
    timed: true,
    initial,
    initialSent: init.effects?.sent ?? [],
    steps,
    endMs: timed.end_ms,
    rejectedAt: null,
  };
}

type Parts = Pick<TraceStep, 'kind' | 'actor' | 'delivery'>;

function actionParts(action: Action): Parts {
  switch (action.type) {
    case 'deliver':
      return { kind: 'deliver', actor: action.to, delivery: delivery(action.to, action.msg, null) };
    case 'byzSend':
      return { kind: 'byzSend', actor: action.to, delivery: delivery(action.to, action.msg, action.node) };
    case 'timeout':
    case 'propose':
    case 'byzPropose':
      return { kind: action.type, actor: action.node, delivery: null };
  }
}

function inputParts(input: NodeInput): Parts {
  if (input.type === 'receive')
    return { kind: 'deliver', actor: input.to, delivery: delivery(input.to, input.msg, null) };
  return { kind: input.type, actor: input.node, delivery: null };
}

function delivery(to: NodeId, msg: Message, byzantineFrom: NodeId | null): Delivery {
  return { to, msg, key: envelopeKey(to, msg), byzantineFrom };
}

/** A timed input in the words of the untimed action it corresponds to. */
function describeInput(state: State, input: NodeInput): string {
  switch (input.type) {
    case 'receive':
      return describeAction(state, { type: 'deliver', to: input.to, msg: input.msg });
    case 'standstill':
      return `v${input.node} sees a standstill and re-broadcasts its certificates`;
    default:
      return describeAction(state, input);
  }
}

/** Envelopes in `after` and not in `before` (both sorted by key: a set, design of state.ts). */
function added(before: readonly Envelope[], after: readonly Envelope[]): Envelope[] {
  if (before === after) return [];
  const was = new Set(before.map((e) => e.key));
  return after.filter((e) => !was.has(e.key));
}
