import type { NodeId } from '../../src/core/ids.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { Draft } from '../../src/model/draft.ts';
import type { State } from '../../src/model/state.ts';
import { createNodeCtx, type NodeCtx, type VotorEvent } from '../../src/model/votor/context.ts';
import { runNode } from '../../src/model/votor/run.ts';

/**
 * For the few inputs no action can produce (a certificate below threshold, an event handler
 * called in isolation): run `input` at one correct node on a copy-on-write draft of `state`.
 */

/** Runs the input and every event it raises, as a step of the model would. */
export function runAt(cfg: ModelConfig, state: State, node: NodeId, input: (ctx: NodeCtx) => void): State {
  const draft = new Draft(cfg, state);
  runNode(draft, node, input);
  return draft.finish();
}

/** Runs the input only and returns the events it raised, unhandled, in raising order. */
export function eventsRaised(
  cfg: ModelConfig,
  state: State,
  node: NodeId,
  input: (ctx: NodeCtx) => void,
): { state: State; events: VotorEvent[] } {
  const draft = new Draft(cfg, state);
  const ctx = createNodeCtx(draft, node);
  input(ctx);
  return { state: draft.finish(), events: ctx.queue };
}
