import type { NodeId, Slot } from '../core/ids.ts';
import type { ModelConfig } from './config.ts';

/**
 * Leader windows and the leader schedule. Convention (reference §8): genesis is slot 0, windows
 * are slots 1..W, W+1..2W, ... The schedule is round-robin over windows, rotated by
 * `leaderOffset` so that any validator (a Byzantine one included) can lead the first window, or
 * Solana's stake-weighted draw for an epoch (`windowLeaders`, leader-schedule/model-schedule.ts).
 * Every caller goes through `leaderOf`.
 */
export function windowStart(slot: Slot, windowSize: number): Slot {
  return 1 + windowSize * Math.floor((slot - 1) / windowSize);
}

export function isWindowStart(slot: Slot, windowSize: number): boolean {
  return slot >= 1 && (slot - 1) % windowSize === 0;
}

/** The slots of the window containing `slot`, cut at the run's last slot. */
export function windowSlots(cfg: ModelConfig, slot: Slot): Slot[] {
  const first = windowStart(slot, cfg.windowSize);
  const last = Math.min(first + cfg.windowSize - 1, cfg.maxSlot);
  const slots: Slot[] = [];
  for (let s = first; s <= last; s++) slots.push(s);
  return slots;
}

export function leaderOf(cfg: ModelConfig, slot: Slot): NodeId {
  const window = Math.floor((slot - 1) / cfg.windowSize);
  // The table covers every window up to maxSlot; a later slot is never proposed, voted on or led,
  // and wraps around as agave's LeaderSchedule index does (`index % num_slots`).
  if (cfg.windowLeaders) return cfg.windowLeaders[window % cfg.windowLeaders.length] as NodeId;
  return (window + cfg.leaderOffset) % cfg.validatorCount;
}
