import { AssertionFailure } from '../core/assert.ts';
import type { BlockId, NodeId, Slot } from '../core/ids.ts';
import { proposeBlock } from './actions/apply.ts';
import { proposeEnabled } from './actions/honest.ts';
import { stepOrAnomaly } from './anomaly.ts';
import { mayPropose } from './byzantine/capabilities.ts';
import type { ModelConfig } from './config.ts';
import { Draft } from './draft.ts';
import { StepEffects } from './effects.ts';
import type { Message } from './messages.ts';
import type { State } from './state.ts';
import { receiveMessage, runNode } from './votor/run.ts';
import { rebroadcastOnStandstill } from './votor/standstill.ts';

/**
 * One input to one correct node, for a driver that owns the network and the clock (the timed
 * simulator). The same handlers as `next`; the differences are only what a clock decides: any
 * timer of an armed window may fire (not just the earliest), and messages come from the driver
 * rather than from the state's in-flight set.
 */
export type NodeInput =
  | { readonly type: 'receive'; readonly to: NodeId; readonly msg: Message }
  | { readonly type: 'timeout'; readonly node: NodeId; readonly slot: Slot }
  | { readonly type: 'propose'; readonly node: NodeId; readonly slot: Slot; readonly parent: BlockId }
  /** Δstandstill passed without a new finalization at `node` (paper §3.3): it re-broadcasts. */
  | { readonly type: 'standstill'; readonly node: NodeId }
  /**
   * Byzantine leader `node` creates a new version of its block, as the untimed model's byzPropose
   * (same guard, same effect): it is sent later, by the timed adversary (src/sim/timed/byzantine).
   */
  | { readonly type: 'byzPropose'; readonly node: NodeId; readonly slot: Slot; readonly parent: BlockId };

export interface StepResult {
  readonly state: State;
  readonly effects: StepEffects;
  /** Whether the step changed the state (a duplicate delivery, say, changes nothing). */
  readonly changed: boolean;
}

export interface StepOptions {
  /**
   * Write into `state` instead of copying what the step touches (Draft, in place): for a driver
   * that owns its state and keeps no earlier one. A step that hits an anomaly then leaves the
   * writes it made before the failed assertion (the copy-on-write step drops them); the anomaly
   * is recorded all the same, and the trace replays copy-on-write.
   */
  readonly inPlace?: boolean;
}

export function stepNode(
  cfg: ModelConfig,
  state: State,
  input: NodeInput,
  options: StepOptions = {},
): StepResult {
  // A model stopped by an anomaly (anomaly.ts) takes no more inputs; the driver's clock runs on.
  if (state.anomaly !== undefined) return { state, effects: new StepEffects(), changed: false };
  if (input.type === 'propose' && !proposeEnabled(cfg, state, input.node, input.slot, input.parent)) {
    throw new AssertionFailure(`propose not enabled: ${JSON.stringify(input)}`);
  }
  if (input.type === 'byzPropose' && !mayPropose(cfg, state, input.node, input.slot, input.parent)) {
    throw new AssertionFailure(`byzPropose not allowed by the strategy: ${JSON.stringify(input)}`);
  }
  let effects = new StepEffects();
  let changed = false;
  const next = stepOrAnomaly(
    state,
    () => JSON.stringify(input),
    () => {
      const draft = new Draft(cfg, state, effects, options.inPlace ?? false);
      applyInput(draft, input);
      changed = draft.changed;
      return draft.finish();
    },
  );
  if (next.anomaly !== undefined) effects = new StepEffects(); // the failed step did nothing
  return { state: next, effects, changed: changed || next.anomaly !== undefined };
}

function applyInput(draft: Draft, input: NodeInput): void {
  switch (input.type) {
    case 'receive':
      runNode(draft, input.to, (ctx) => receiveMessage(ctx, input.msg));
      return;
    case 'timeout':
      runNode(draft, input.node, (ctx) => ctx.queue.push({ type: 'timeout', slot: input.slot }));
      return;
    case 'propose':
      proposeBlock(draft, input.node, input.slot, input.parent);
      return;
    case 'standstill':
      runNode(draft, input.node, rebroadcastOnStandstill);
      return;
    case 'byzPropose':
      draft.addBlock(input.slot, input.parent, input.node);
      return;
  }
}
