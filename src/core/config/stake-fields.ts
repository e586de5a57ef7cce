import { LIMITS } from '../limits.ts';
import { stakeToJson } from '../stake.ts';
import { type FieldCheck, show } from './field-checks.ts';
import { named, type RuleInput } from './rules.ts';
import type { ConfigProblem } from './types.ts';
import { visible } from './visible.ts';

/**
 * stake_distribution at any size (issue 15): a real validator set's lamport stakes pass 2^53, where
 * a JSON number is no longer exact — JSON.parse has already rounded it by the time we see it — so
 * a stake is a safe JSON integer or a decimal string, read as bigint, and a larger number is refused
 * (quote it), never rounded silently. The total is bounded like agave's: a u64 of lamports.
 */

const DECIMAL = /^[1-9][0-9]*$/;
/** Digits of u64::MAX: a longer string is refused before any bigint is made of it. */
const MAX_DIGITS = LIMITS.maxTotalStake.toString().length;

export const isStakeMap: FieldCheck = (field, value) =>
  value === null || (typeof value === 'object' && !Array.isArray(value))
    ? null
    : { field, message: `must be null or an object mapping validator id to stake, got ${show(value)}` };

/** One stake entry as bigint, or why it is not one. */
export function parseStake(value: unknown): { stake: bigint } | { problem: string } {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return {
      problem:
        `is above 2^53 - 1 (${Number.MAX_SAFE_INTEGER}), where a JSON number is not exact (read as ${show(value)}): ` +
        `quote it as a decimal string ("${BigInt(value)}", with your own digits)`,
    };
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return { stake: BigInt(value) };
  if (typeof value === 'string' && DECIMAL.test(value)) {
    if (value.length > MAX_DIGITS)
      return { problem: `must be <= ${LIMITS.maxTotalStake}, got ${show(value)}` };
    return { stake: BigInt(value) };
  }
  return {
    problem: `must be a positive integer (a JSON number up to 2^53 - 1, or a decimal string), got ${show(value)}`,
  };
}

/** Keys exactly the ids 0..n-1, each a positive integer stake, the total a u64. */
export function checkStake(input: RuleInput): ConfigProblem[] {
  const c = input.config;
  const map = c.stake_distribution;
  if (map === null) return [];
  const problems: ConfigProblem[] = [];
  const validators = named(input, 'validators');
  for (const key of Object.keys(map)) {
    if (!(/^(0|[1-9][0-9]*)$/.test(key) && Number(key) < c.validators)) {
      problems.push({
        field: `stake_distribution.${visible(key)}`,
        message: `is not a validator id: ids are 0..${c.validators - 1} for ${validators}`,
      });
    }
  }
  let total = 0n;
  for (let id = 0; id < c.validators; id++) {
    const field = `stake_distribution.${id}`;
    const value = map[String(id)];
    if (value === undefined) {
      problems.push({ field, message: `is missing: each of ${validators} needs a stake` });
      continue;
    }
    const parsed = parseStake(value);
    if ('problem' in parsed) problems.push({ field, message: parsed.problem });
    else total += parsed.stake;
  }
  if (total > LIMITS.maxTotalStake) {
    problems.push({
      field: 'stake_distribution',
      message: `total stake ${total} must be <= ${LIMITS.maxTotalStake} (u64, as agave keeps it)`,
    });
  }
  return problems;
}

/**
 * The resolved form of a valid map: each stake a JSON number while exact, else a decimal string
 * ("30" and 30 resolve alike), so a report of a small config prints what it always printed.
 */
export function canonicalStakes(map: Record<string, number | string>): Record<string, number | string> {
  return Object.fromEntries(Object.entries(map).map(([id, s]) => [id, stakeToJson(BigInt(s))]));
}
