import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import { classify, SCHEDULE_CATEGORIES, type ScheduleCategory } from './schedule-category.ts';

/** Relative weight of each kind of action in one generated run. */
export type CategoryWeights = Readonly<Record<ScheduleCategory, number>>;

export const UNIFORM_WEIGHTS: CategoryWeights = Object.fromEntries(
  SCHEDULE_CATEGORIES.map((c) => [c, 1]),
) as Record<ScheduleCategory, number>;

/**
 * Picks one enabled action from a choice number: first a category among those present (by
 * weight; zero-weight categories only when nothing else is enabled), then an action within it.
 * Choice 0 means "the first action of the first category", so shrinking choices towards 0 gives
 * the plainest schedule: deliver messages in order, time out only when nothing else can happen.
 */
export function pickAction(
  state: State,
  actions: readonly Action[],
  weights: CategoryWeights,
  groups: readonly number[],
  choice: number,
): Action | undefined {
  if (actions.length === 0) return undefined;
  const byCategory = new Map<ScheduleCategory, Action[]>();
  for (const a of actions) {
    const category = classify(state, groups, a);
    const list = byCategory.get(category);
    if (list) list.push(a);
    else byCategory.set(category, [a]);
  }
  let present = SCHEDULE_CATEGORIES.filter((c) => byCategory.has(c) && weights[c] > 0);
  if (present.length === 0) present = SCHEDULE_CATEGORIES.filter((c) => byCategory.has(c));
  const total = present.reduce((sum, c) => sum + Math.max(1, weights[c]), 0);
  let point = choice % total;
  let category = present[0] as ScheduleCategory;
  for (const c of present) {
    const w = Math.max(1, weights[c]);
    if (point < w) {
      category = c;
      break;
    }
    point -= w;
  }
  const group = byCategory.get(category) as Action[];
  return group[Math.floor(choice / total) % group.length];
}
