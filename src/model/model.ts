import type { Model } from '../core/model-contract.ts';
import { applyAction } from './actions/apply.ts';
import { enabledActions } from './actions/enabled.ts';
import type { Action } from './actions/types.ts';
import type { ModelConfig } from './config.ts';
import { Draft } from './draft.ts';
import { fingerprintState } from './fingerprint.ts';
import { raiseParentReadyFrom } from './pool/events.ts';
import { blankState, type State } from './state.ts';
import { runNode } from './votor/run.ts';

/** The untimed Alpenglow model for one configuration (design.md §3). */
export function createAlpenglowModel(cfg: ModelConfig): Model<State, Action> {
  return {
    init: () => [initialState(cfg)],
    actions: (state) => enabledActions(cfg, state),
    next: (state, action) => applyAction(cfg, state, action),
    fingerprint: fingerprintState,
  };
}

/** Genesis is notarized and finalized at slot 0, so every correct node starts with ParentReady(1, G). */
export function initialState(cfg: ModelConfig): State {
  const draft = new Draft(cfg, blankState(cfg));
  for (const node of cfg.honest) runNode(draft, node, (ctx) => raiseParentReadyFrom(ctx, 1));
  return draft.finish();
}
