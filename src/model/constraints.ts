import type { State } from './state.ts';

/**
 * State constraints for exhaustive exploration (TLC's CONSTRAINT): the explored space is cut to
 * states within them. Slots are already bounded by `maxSlot`; message reordering is what makes
 * the space explode, so the practical bound is on messages in flight.
 */
export function inFlightAtMost(limit: number): (state: State) => boolean {
  return (state) => state.network.length <= limit;
}
