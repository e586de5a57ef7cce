import type { AlpenglowConfig, PartitionMode } from '../../core/config/index.ts';
import type { Rng } from '../../core/rng.ts';
import type { FaultPlan } from './fault-plan.ts';

/** Parts per million: the unit of `message_loss` in the simulator (the config allows 6 decimals). */
export const PPM = 1_000_000;

/**
 * How the network loses messages (issue 12, point 2): each message between two distinct
 * validators — vote, certificate, and every Rotor shred on each of its two hops — is lost with
 * probability lossPpm / 10⁶, and under partitionMode "drop" every message that leaves across a
 * partition while it lasts. A lost shred only lowers the count a recipient rebuilds the block from.
 * The probability is an integer so a draw is an integer comparison, the same on every machine.
 */
export interface NetworkLoss {
  readonly lossPpm: number;
  readonly partitionMode: PartitionMode;
}

export const NO_LOSS: NetworkLoss = { lossPpm: 0, partitionMode: 'hold' };

/** A network loss model with its own named stream of draws (so it shifts no other draw). */
export interface LossSource {
  readonly model: NetworkLoss;
  readonly rng: Rng;
}

/** A message the network lost: when it left the sender's uplink (whole ms, rounded down), between whom, what. */
export interface LostMessage {
  readonly atMs: number;
  readonly from: number;
  readonly to: number;
  readonly kind: 'vote' | 'cert' | 'shred';
}

/** The loss model of a config; a trace written before the fields existed means no loss. */
export function networkLoss(
  config: Partial<Pick<AlpenglowConfig, 'message_loss' | 'partition_mode'>>,
): NetworkLoss {
  return {
    lossPpm: Math.round((config.message_loss ?? 0) * PPM),
    partitionMode: config.partition_mode ?? 'hold',
  };
}

/**
 * The time from which eventual delivery between correct validators is no longer given: 0 when any
 * message may be lost, the start of the first dropping partition, or Infinity (every message
 * arrives). Liveness properties judge only deadlines up to it (properties/liveness/premises.ts).
 * It follows from the config and the fault plan alone, so `replay` judges a trace the same way.
 */
export function deliveredUntilMs(loss: NetworkLoss, plan: FaultPlan): number {
  if (loss.lossPpm > 0) return 0;
  if (loss.partitionMode === 'drop' && plan.partitions.length > 0)
    return Math.min(...plan.partitions.map((p) => p.fromMs));
  return Number.POSITIVE_INFINITY;
}
