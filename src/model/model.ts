import type { Model } from '../core/model-contract.ts';
import { applyAction } from './actions/apply.ts';
import { enabledActions } from './actions/enabled.ts';
import type { Action } from './actions/types.ts';
import type { ModelConfig } from './config.ts';
import { Draft } from './draft.ts';
import type { StepEffects } from './effects.ts';
import { fingerprintState } from './fingerprint.ts';
import { raiseParentReadyFrom } from './pool/events.ts';
import { blankState, type State } from './state.ts';
import { createSymmetry } from './symmetry.ts';
import { runNode } from './votor/run.ts';

/** The untimed Alpenglow model for one configuration (design.md §3). */
export function createAlpenglowModel(cfg: ModelConfig): Model<State, Action> {
  const symmetry = createSymmetry(cfg);
  return {
    init: () => [initialState(cfg)],
    actions: (state) => enabledActions(cfg, state),
    next: (state, action) => applyAction(cfg, state, action),
    fingerprint: fingerprintState,
    // Renaming interchangeable validators (symmetry.ts); the explorer uses it when asked to.
    canonical: (state) => symmetry.canonical(state),
  };
}

/** Genesis is notarized and finalized at slot 0, so every correct node starts with ParentReady(1, G). */
export function initialState(cfg: ModelConfig): State {
  return initialStep(cfg, null).state;
}

/** The initial state and, for timed drivers, what producing it did (the genesis timers). */
export function initialStep(
  cfg: ModelConfig,
  effects: StepEffects | null,
): { state: State; effects: StepEffects | null } {
  const draft = new Draft(cfg, blankState(cfg), effects);
  for (const node of cfg.honest) runNode(draft, node, (ctx) => raiseParentReadyFrom(ctx, 1));
  return { state: draft.finish(), effects };
}
