import type { Action } from '../model/actions/types.ts';
import type { State } from '../model/state.ts';
import {
  type BaseCategory,
  classify,
  REFINES,
  type RefinedCategory,
  SCHEDULE_CATEGORIES,
  type ScheduleCategory,
} from './schedule-category.ts';

/** Relative weight of each kind of action in one generated run; a refined category unnamed folds into its parent. */
export type CategoryWeights = Readonly<Record<BaseCategory, number>> &
  Readonly<Partial<Record<RefinedCategory, number>>>;

export const UNIFORM_WEIGHTS: CategoryWeights = Object.fromEntries(
  SCHEDULE_CATEGORIES.filter((c) => !(c in REFINES)).map((c) => [c, 1]),
) as Record<BaseCategory, number>;

/** The category an action counts in under these weights (a refinement they do not weigh: its parent). */
function weighedAs(category: ScheduleCategory, weights: CategoryWeights): ScheduleCategory {
  if (!(category in REFINES)) return category;
  return weights[category as RefinedCategory] === undefined ? REFINES[category as RefinedCategory] : category;
}

const weightOf = (weights: CategoryWeights, c: ScheduleCategory): number =>
  (weights as Partial<Record<ScheduleCategory, number>>)[c] ?? 0;

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
    const category = weighedAs(classify(state, groups, a), weights);
    const list = byCategory.get(category);
    if (list) list.push(a);
    else byCategory.set(category, [a]);
  }
  let present = SCHEDULE_CATEGORIES.filter((c) => byCategory.has(c) && weightOf(weights, c) > 0);
  if (present.length === 0) present = SCHEDULE_CATEGORIES.filter((c) => byCategory.has(c));
  const total = present.reduce((sum, c) => sum + Math.max(1, weightOf(weights, c)), 0);
  let point = choice % total;
  let category = present[0] as ScheduleCategory;
  for (const c of present) {
    const w = Math.max(1, weightOf(weights, c));
    if (point < w) {
      category = c;
      break;
    }
    point -= w;
  }
  const group = byCategory.get(category) as Action[];
  return group[Math.floor(choice / total) % group.length];
}
