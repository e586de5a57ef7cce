import { describe, expect, it } from 'vitest';
import { runInputArb } from '../../arbitraries/run-input.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/index.ts';
import { UNIFORM_WEIGHTS } from '../../src/sim/choose.ts';
import { searchSafety } from '../../src/sim/pbt.ts';
import { bindModel } from '../../src/sim/setup.ts';
import { regrow } from '../../src/sim/shrink-regrow.ts';
import { replayActions } from '../../src/sim/step-engine.ts';

/** shrink.test.ts's config: 5 validators, the Byzantine leader first, one slot. */
const config = {
  ...DEFAULT_CONFIG,
  validators: 5,
  byzantine_count: 1,
  offline_count: 0,
  max_rounds: 1,
  byzantine_strategy: 'equivocating_leader' as const,
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
  leader_offset: 4,
};
const setup = { config, maxSlot: 1, properties: SAFETY_PROPERTIES };
const bound = bindModel(setup, 4);
const PROPERTY = 'NotarizationUniqueness';
const swarms = [{ weights: UNIFORM_WEIGHTS, groups: [0, 1, 0, 1, 0] }];
const budget = { tries: 60, extraSteps: 20, rounds: 2, reduced: 3 };
const strictlyViolates = (actions: readonly Action[]) => {
  const r = replayActions(bound.model, bound.invariants, actions, {
    maxSteps: actions.length,
    stopOn: PROPERTY,
  });
  return r.rejectedAt === null && r.violations.some((v) => v.property === PROPERTY);
};
let searched: Promise<readonly Action[]> | null = null;
/** The unshrunk discovery: a generated schedule with actions the violation does not need (one search, shared). */
const discovery = () => (searched ??= search());
async function search(): Promise<readonly Action[]> {
  const result = await searchSafety({
    setup,
    arbitrary: runInputArb({ validators: 5, leaderOffset: 4, maxChoices: 200 }),
    seed: 1,
    numRuns: 30,
    maxSteps: 200,
    shrinkBudget: { ddminTests: 1, searchStates: 0 },
  });
  const d = result.discoveries.find((x) => x.property === PROPERTY);
  if (!d) throw new Error(`expected ${PROPERTY} to be found`);
  return d.actions;
}
/** No delta debugging: only cut-and-regrow itself can shorten. */
const asIs = async (candidate: readonly Action[]) => candidate.slice();

describe('cut and regrow', () => {
  it('finds a shorter schedule that still violates, by cutting and regrowing alone', async () => {
    const found = await discovery();
    expect(found.length).toBeGreaterThan(8);
    const result = await regrow(bound, found, PROPERTY, swarms, asIs, budget);
    expect(result.actions.length).toBeLessThan(found.length);
    expect(strictlyViolates(result.actions)).toBe(true);
    expect(result.runs).toBeGreaterThan(0);
    expect(result.runs).toBeLessThanOrEqual(budget.tries * budget.rounds);
  });

  it('is a function of its input: the same schedule twice', async () => {
    const found = await discovery();
    const a = await regrow(bound, found, PROPERTY, swarms, asIs, budget);
    const b = await regrow(bound, found, PROPERTY, swarms, asIs, budget);
    expect(b.actions).toEqual(a.actions);
    expect(b.runs).toBe(a.runs);
  });

  it('keeps the schedule when stopped, and never returns a longer one', async () => {
    const found = await discovery();
    const stopped = await regrow(bound, found, PROPERTY, swarms, asIs, budget, () => true);
    expect(stopped.actions).toEqual(found);
    expect(stopped.runs).toBe(0);
    // A reduction that makes things worse is not taken.
    const longer = async (candidate: readonly Action[]) => [...candidate, ...found];
    const kept = await regrow(bound, found, PROPERTY, swarms, longer, budget);
    expect(kept.actions).toEqual(found);
  });
});
