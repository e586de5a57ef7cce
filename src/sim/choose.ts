import { ACTION_CATEGORIES, type Action, type ActionCategory, categoryOf } from '../model/actions/types.ts';

/** Relative weight of each kind of action in a generated schedule (part of the generated input). */
export type CategoryWeights = Readonly<Record<ActionCategory, number>>;

export const UNIFORM_WEIGHTS: CategoryWeights = {
  deliver: 1,
  timeout: 1,
  propose: 1,
  byzPropose: 1,
  byzBlock: 1,
  byzVote: 1,
  byzCert: 1,
};

/**
 * Picks one enabled action from a choice number: first a category among those present (by
 * weight; zero-weight categories only when nothing else is enabled), then an action within it.
 * Choice 0 means "the first action of the first category", so shrinking choices towards 0 gives
 * the plainest schedule: deliver messages in order, fire timeouts only when nothing else can happen.
 */
export function pickAction(
  actions: readonly Action[],
  weights: CategoryWeights,
  choice: number,
): Action | undefined {
  if (actions.length === 0) return undefined;
  const groups = new Map<ActionCategory, Action[]>();
  for (const a of actions) {
    const category = categoryOf(a);
    const group = groups.get(category);
    if (group) group.push(a);
    else groups.set(category, [a]);
  }
  let present = ACTION_CATEGORIES.filter((c) => groups.has(c) && weights[c] > 0);
  if (present.length === 0) present = ACTION_CATEGORIES.filter((c) => groups.has(c));
  const total = present.reduce((sum, c) => sum + Math.max(1, weights[c]), 0);
  let point = choice % total;
  let category = present[0] as ActionCategory;
  for (const c of present) {
    const w = Math.max(1, weights[c]);
    if (point < w) {
      category = c;
      break;
    }
    point -= w;
  }
  const group = groups.get(category) as Action[];
  return group[Math.floor(choice / total) % group.length];
}
