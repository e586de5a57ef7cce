import { byzantineActions } from '../byzantine/actions.ts';
import type { ModelConfig } from '../config.ts';
import { isWindowStart, windowSlots } from '../schedule.ts';
import type { State } from '../state.ts';
import { ownBlock, proposeEnabled, timeoutEnabled } from './honest.ts';
import type { Action } from './types.ts';

/** All enabled actions in a deterministic order: deliveries, timeouts, proposals, Byzantine moves. */
export function enabledActions(cfg: ModelConfig, state: State): Action[] {
  if (state.anomaly !== undefined) return []; // the model stopped (anomaly.ts)
  const actions: Action[] = state.network.map((e) => ({ type: 'deliver', to: e.to, msg: e.msg }) as const);
  for (const node of cfg.honest) {
    for (let w = 1; w <= cfg.maxSlot; w += cfg.windowSize) {
      const slot = windowSlots(cfg, w).find((k) => timeoutEnabled(cfg, state, node, k));
      if (slot !== undefined) actions.push({ type: 'timeout', node, slot });
    }
  }
  for (const node of cfg.honest) proposals(cfg, state, node, actions);
  // A loop, not push(...spread): with many Byzantine validators and slots the list passes the
  // engine's argument limit (126,000 sends for 6 of 30 validators over 1,000 slots).
  for (const action of byzantineActions(cfg, state)) actions.push(action);
  return actions;
}

function proposals(cfg: ModelConfig, state: State, node: number, out: Action[]): void {
  for (let slot = 1; slot <= cfg.maxSlot; slot++) {
    const parents = isWindowStart(slot, cfg.windowSize)
      ? (state.nodes[node]?.slots[slot]?.parentReady ?? [])
      : [ownBlock(state, node, slot - 1)];
    for (const parent of parents) {
      if (parent !== undefined && proposeEnabled(cfg, state, node, slot, parent)) {
        out.push({ type: 'propose', node, slot, parent });
      }
    }
  }
}
