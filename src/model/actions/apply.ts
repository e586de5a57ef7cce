import { AssertionFailure } from '../../core/assert.ts';
import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import { stepOrAnomaly } from '../anomaly.ts';
import { mayProduce, mayPropose } from '../byzantine/capabilities.ts';
import type { ModelConfig } from '../config.ts';
import { Draft, lowerBound } from '../draft.ts';
import { envelopeKey } from '../messages.ts';
import type { State } from '../state.ts';
import { sendToOthers } from '../votor/context.ts';
import { receiveBlock, receiveMessage, runNode } from '../votor/run.ts';
import { proposeEnabled, timeoutEnabled } from './honest.ts';
import type { Action } from './types.ts';

/** Thrown when `next` is asked for an action that is not enabled (a bad trace, a stale schedule). */
export class ActionNotEnabled extends Error {
  override readonly name = 'ActionNotEnabled';
}

/**
 * A correct leader's proposal: the block joins the table, goes to every other validator, and the
 * leader handles it as received. Shared with the timed driver's step (step.ts).
 */
export function proposeBlock(draft: Draft, node: NodeId, slot: Slot, parent: BlockId): void {
  const block = draft.addBlock(slot, parent, node);
  runNode(draft, node, (ctx) => {
    sendToOthers(ctx, { type: 'block', block: block.id });
    receiveBlock(ctx, block.id);
  });
}

/** The transition function: pure (copy-on-write through a Draft), deterministic. */
export function applyAction(cfg: ModelConfig, state: State, action: Action): State {
  if (state.anomaly !== undefined) throw notEnabled(action, 'the model stopped at an internal inconsistency');
  checkEnabled(cfg, state, action);
  return stepOrAnomaly(
    state,
    () => JSON.stringify(action),
    () => {
      const draft = new Draft(cfg, state);
      perform(draft, action);
      return draft.finish();
    },
  );
}

/** The guards of `next`: an action that fails one is not enabled (a bad trace, a stale schedule). */
function checkEnabled(cfg: ModelConfig, state: State, action: Action): void {
  switch (action.type) {
    case 'deliver':
      if (!inFlight(state, envelopeKey(action.to, action.msg)))
        throw notEnabled(action, 'message is not in flight');
      return;
    case 'timeout':
      if (!timeoutEnabled(cfg, state, action.node, action.slot))
        throw notEnabled(action, 'timer not armed or slot voted');
      return;
    case 'propose':
      if (!proposeEnabled(cfg, state, action.node, action.slot, action.parent))
        throw notEnabled(action, 'not a valid proposal');
      return;
    case 'byzPropose':
      if (!mayPropose(cfg, state, action.node, action.slot, action.parent))
        throw notEnabled(action, 'strategy forbids it');
      return;
    case 'byzSend':
      if (cfg.roles[action.node] !== 'byzantine' || cfg.roles[action.to] !== 'honest') {
        throw notEnabled(action, 'sender must be Byzantine and recipient correct');
      }
      if (!mayProduce(cfg, state, action.node, action.msg))
        throw notEnabled(action, 'sender cannot produce it');
      return;
    default:
      throw new AssertionFailure(`unknown action ${JSON.stringify(action)}`);
  }
}

/** The effect of an enabled action, written into the step's draft. */
function perform(draft: Draft, action: Action): void {
  switch (action.type) {
    case 'deliver':
      draft.take(envelopeKey(action.to, action.msg));
      runNode(draft, action.to, (ctx) => receiveMessage(ctx, action.msg));
      return;
    case 'timeout':
      runNode(draft, action.node, (ctx) => ctx.queue.push({ type: 'timeout', slot: action.slot }));
      return;
    case 'propose':
      proposeBlock(draft, action.node, action.slot, action.parent);
      return;
    case 'byzPropose':
      draft.addBlock(action.slot, action.parent, action.node);
      return;
    case 'byzSend':
      runNode(draft, action.to, (ctx) => receiveMessage(ctx, action.msg));
      return;
  }
}

function inFlight(state: State, key: string): boolean {
  return state.network[lowerBound(state.network, key)]?.key === key;
}

function notEnabled(action: Action, why: string): ActionNotEnabled {
  return new ActionNotEnabled(`action not enabled (${why}): ${JSON.stringify(action)}`);
}
