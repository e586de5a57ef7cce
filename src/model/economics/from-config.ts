import type { AlpenglowConfig } from '../../core/config/index.ts';
import { LAMPORTS_PER_SOL } from './constants.ts';
import { type EconomicParams, economicParams } from './params.ts';

/** A vote account's balance when the config names none: 10 SOL, six epochs of VAT. */
export const DEFAULT_VOTE_BALANCE_LAMPORTS = 10n * LAMPORTS_PER_SOL;

/**
 * The economics of a config: stakes are stake_distribution's units (1 each by default) times
 * stake_unit_lamports; the yearly rate is read as parts per million (validation allows at most
 * 6 decimals, so the rounding is exact).
 */
export function economicParamsFromConfig(config: AlpenglowConfig): EconomicParams {
  const n = config.validators;
  const unit = BigInt(config.stake_unit_lamports);
  const stakes = Array.from(
    { length: n },
    (_, i) => BigInt(config.stake_distribution?.[String(i)] ?? 1) * unit,
  );
  const balances = Array.from({ length: n }, (_, i) => {
    const b = config.vote_balances?.[String(i)];
    return b === undefined ? DEFAULT_VOTE_BALANCE_LAMPORTS : BigInt(b);
  });
  return economicParams({
    epochSlots: config.epoch_slots,
    epochs: config.economic_epochs,
    supplyLamports: BigInt(config.supply_lamports),
    inflationPpm: BigInt(Math.round(config.validator_inflation_rate * 1_000_000)),
    stakes,
    balances,
    rentInAdmission: config.vat_requires_rent,
  });
}
