import type { EconomicInputs, ProducedBlock, VoteSighting } from '../../src/model/economics/inputs.ts';
import { type EconomicParams, economicParams } from '../../src/model/economics/params.ts';

/**
 * A small hand-made run for the economics tests: 4 validators with stakes 40/30/20/10 (×10^12
 * lamports), epochs of 8 slots, blocks in slots 1..23 led by slot mod 4 except slot 13 (skipped,
 * so slot 5 is never paid). Every validator votes Notar for each block, except validator 3, which
 * votes Skip in slots divisible by 3, and validator 1, whose only vote in slot 7 is NotarFallback;
 * everyone also casts Final. All votes reach everyone one step after the block.
 */
export function smallParams(overrides: Partial<EconomicParams> = {}): EconomicParams {
  return economicParams({
    epochSlots: 8,
    epochs: 2,
    supplyLamports: 600_000_000_000_000_000n,
    inflationPpm: 40_000n,
    stakes: [40n, 30n, 20n, 10n].map((s) => s * 1_000_000_000_000n),
    balances: [10n, 10n, 10n, 10n].map((s) => s * 1_000_000_000n),
    ...overrides,
  });
}

export const SKIPPED_SLOT = 13;

export function smallInputs(): EconomicInputs {
  const blocks: ProducedBlock[] = [];
  const sightings: VoteSighting[] = [];
  for (let slot = 1; slot <= 23; slot++) {
    const block = slot * 4;
    if (slot !== SKIPPED_SLOT) blocks.push({ slot, block, leader: slot % 4, step: slot * 10, onChain: true });
    for (let voter = 0; voter < 4; voter++) {
      const kind =
        voter === 3 && slot % 3 === 0 ? 'skip' : voter === 1 && slot === 7 ? 'notarFallback' : 'notar';
      for (let seer = 0; seer < 4; seer++) {
        sightings.push({ seer, step: slot * 10 + 1, kind, slot, block: kind === 'skip' ? -1 : block, voter });
        sightings.push({ seer, step: slot * 10 + 2, kind: 'final', slot, block: -1, voter });
      }
    }
  }
  return { blocks, sightings };
}

/** A plausible bug: r rounded up instead of down (each voter's share overpays by up to a lamport). */
export function ceilingReward(inflation: bigint, epochSlots: number, stake: bigint, totalStake: bigint) {
  const d = BigInt(epochSlots) * totalStake;
  const total = d === 0n ? 0n : (inflation * stake + d - 1n) / d;
  const voter = (total + 1n) / 2n;
  return { total, voter, leader: total - total / 2n };
}
