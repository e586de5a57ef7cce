import { type FieldCheck, show } from './field-checks.ts';
import type { RuleInput } from './rules.ts';
import type { ConfigProblem } from './types.ts';
import { visible } from './visible.ts';

/**
 * Type checks and rules of the economics fields (issue 14). Lamport amounts beyond 2^53 (the
 * supply) are written as decimal strings; the model reads them as bigint.
 */
export const isLamports: FieldCheck = (field, value) => {
  if (typeof value === 'string' && /^[1-9][0-9]{0,29}$/.test(value)) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return null;
  return {
    field,
    message: `must be a positive integer of lamports (a decimal string, or a number up to 2^53), got ${show(value)}`,
  };
};

export const nullableBalances: FieldCheck = (field, value) =>
  value === null || (typeof value === 'object' && !Array.isArray(value))
    ? null
    : { field, message: `must be null or an object mapping validator id to lamports, got ${show(value)}` };

/** Rules across fields: epoch length against the reward delay, balance keys and id lists against `validators`. */
export function checkEconomicRules(input: RuleInput): ConfigProblem[] {
  const c = input.config;
  const ok = (...fields: string[]) => fields.every((f) => !input.bad.has(f));
  const problems: ConfigProblem[] = [];
  // A reward for slot s is paid with the epoch state of s, which the code keeps for the current and
  // the previous epoch only (epoch_inflation_account_state.rs): N < 8 would reach two epochs back.
  if (ok('epoch_slots') && c.epoch_slots < 8)
    problems.push({
      field: 'epoch_slots',
      message: `must be >= 8 (rewards are claimed 8 slots later), got ${c.epoch_slots}`,
    });
  if (ok('vote_balances', 'validators') && c.vote_balances !== null) {
    for (const [key, v] of Object.entries(c.vote_balances)) {
      const field = `vote_balances.${visible(key)}`;
      if (!/^(0|[1-9][0-9]*)$/.test(key) || Number(key) >= c.validators)
        problems.push({ field, message: `must be a validator id 0..${c.validators - 1}` });
      else if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0))
        problems.push({ field, message: `must be an integer of lamports >= 0, got ${show(v)}` });
    }
  }
  for (const f of ['reward_censors', 'reward_censored'] as const) {
    const ids = c[f];
    if (ok(f, 'validators') && ids?.some((id) => id >= c.validators))
      problems.push({ field: f, message: `must name validator ids below validators (${c.validators})` });
  }
  if (ok('reward_censors', 'reward_censored') && (c.reward_censors === null) !== (c.reward_censored === null))
    problems.push({
      field: 'reward_censors',
      message: 'reward_censors and reward_censored go together (set both or neither)',
    });
  return problems;
}
