import { type FieldCheck, show } from './field-checks.ts';
import type { AlpenglowConfig, ConfigProblem } from './types.ts';

const PPM = 1_000_000n;

/** `byzantine_top_stake`: null, or a fraction of the total stake in [0, 1) with at most 6 decimals. */
export const nullableStakeFraction: FieldCheck = (field, value) => {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 1)
    return {
      field,
      message: `must be null or a fraction of the total stake, 0 <= value < 1, got ${show(value)}`,
    };
  const ppm = value * 1_000_000;
  return Math.abs(ppm - Math.round(ppm)) < 1e-6
    ? null
    : { field, message: `must have at most 6 decimals, got ${value}` };
};

/**
 * The Byzantine set by stake rank: walking the validators from the largest stake down (ties: the
 * lower id first), each one whose stake still fits, so the set's stake stays ≤ `ppm` of the total
 * — the strongest coalition of the largest validators under the bound (0.199: the most the
 * paper's "Byzantine < 20%" allows). Exact: stakes are compared as bigint, `sum · 10⁶ ≤ total · ppm`.
 */
export function topStakeIds(stakes: readonly bigint[], ppm: bigint): number[] {
  const total = stakes.reduce((a, b) => a + b, 0n);
  const order = stakes
    .map((_, i) => i)
    .sort((a, b) => {
      const d = (stakes[b] as bigint) - (stakes[a] as bigint);
      return d > 0n ? 1 : d < 0n ? -1 : a - b;
    });
  const ids: number[] = [];
  let sum = 0n;
  for (const v of order) {
    const next = sum + (stakes[v] as bigint);
    if (next * PPM > total * ppm) continue;
    ids.push(v);
    sum = next;
  }
  return ids.sort((a, b) => a - b);
}

/** Each validator's stake as bigint, or null when a stake is not a whole number (its own field says why). */
function exactStakes(c: AlpenglowConfig): bigint[] | null {
  const map = c.stake_distribution as Record<string, unknown> | null;
  const stakes: bigint[] = [];
  for (let i = 0; i < c.validators; i++) {
    const s = map === null ? 1 : map[String(i)];
    if (typeof s === 'bigint') stakes.push(s);
    else if (Number.isSafeInteger(s) || (typeof s === 'string' && /^[0-9]+$/.test(s)))
      stakes.push(BigInt(s as number | string));
    else return null;
  }
  return stakes;
}

/**
 * Resolves `byzantine_top_stake` into byzantine_validators and byzantine_count (as if the file had
 * listed them, so every rule on them judges the chosen set, and reports list the ids). A file that
 * also gives either one with another value conflicts: one line for each. Changes `config` and
 * `written` in place; nothing when the field is unset or a field it reads is bad.
 */
export function applyByzantineTopStake(
  config: AlpenglowConfig,
  written: Set<string>,
  bad: ReadonlySet<string>,
): ConfigProblem[] {
  const fraction = config.byzantine_top_stake;
  if (
    fraction === null ||
    ['byzantine_top_stake', 'validators', 'stake_distribution'].some((f) => bad.has(f))
  )
    return [];
  const stakes = exactStakes(config);
  if (stakes === null) return [];
  const ids = topStakeIds(stakes, BigInt(Math.round(fraction * 1_000_000)));
  const problems: ConfigProblem[] = [];
  const names = `byzantine_top_stake (${fraction}) names ${ids.length === 0 ? 'no validator' : `validators ${ids.join(', ')}`}`;
  const listed = config.byzantine_validators;
  if (
    written.has('byzantine_validators') &&
    listed !== null &&
    [...listed].sort((a, b) => a - b).join() !== ids.join()
  )
    problems.push({ field: 'byzantine_validators', message: `conflicts with ${names}: give one of them` });
  if (written.has('byzantine_count') && config.byzantine_count !== ids.length)
    problems.push({
      field: 'byzantine_count',
      message: `conflicts with ${names} (${ids.length}): give one of them`,
    });
  if (problems.length > 0) return problems;
  config.byzantine_validators = ids;
  config.byzantine_count = ids.length;
  written.add('byzantine_validators');
  written.add('byzantine_count');
  return [];
}

/** The Byzantine validators and their share of the stake, for reports: `[{ id, stake_percent }]` and the total. */
export function byzantineStakeShares(
  stakes: readonly (number | bigint)[],
  byzantine: readonly number[],
): { validators: { id: number; stake_percent: number }[]; stake_percent: number } {
  const total = stakes.reduce<bigint>((a, s) => a + BigInt(s), 0n);
  // Percent with 4 decimals, from exact integers (a float of a 1e17 lamport total would round).
  const percent = (s: bigint) => (total === 0n ? 0 : Number((s * 1_000_000n) / total) / 10_000);
  const validators = byzantine.map((id) => ({ id, stake_percent: percent(BigInt(stakes[id] ?? 0)) }));
  const sum = byzantine.reduce<bigint>((a, id) => a + BigInt(stakes[id] ?? 0), 0n);
  return { validators, stake_percent: percent(sum) };
}
