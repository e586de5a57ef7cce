import { describe, expect, it } from 'vitest';
import { runInputArb } from '../../arbitraries/run-input.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import type { Action } from '../../src/model/index.ts';
import { causalSlice } from '../../src/sim/causal-slice.ts';
import { replayLenient } from '../../src/sim/lenient-replay.ts';
import { searchSafety } from '../../src/sim/pbt.ts';
import { bindModel } from '../../src/sim/setup.ts';
import { shortestWithin } from '../../src/sim/shortest-search.ts';
import { shrinkDiscovery } from '../../src/sim/shrink.ts';
import { MODEL_ASSERTION, replayActions } from '../../src/sim/step-engine.ts';

/** Exactly 20% Byzantine with the Byzantine leader first: the explorer's shortest violations are 4–9 steps. */
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
const strictlyViolates = (actions: readonly Action[], property: string) => {
  const r = replayActions(bound.model, bound.invariants, actions, {
    maxSteps: actions.length,
    stopOn: property,
  });
  return r.rejectedAt === null && r.violations.some((v) => v.property === property);
};
let searched: ReturnType<typeof searchSafety> | null = null;
/** One search, shared by the tests below (it is a function of its seed). */
const search = () =>
  (searched ??= searchSafety({
    setup,
    arbitrary: runInputArb({ validators: 5, leaderOffset: 4, maxChoices: 200 }),
    seed: 1,
    numRuns: 300,
    maxSteps: 200,
  }));

describe('shrinking to near the shortest', () => {
  it('gives NotarizationUniqueness in at most 1.5 × the 8 steps breadth-first search needs', async () => {
    // 8 is the explorer's shortest for this config (test/long/sim/shrink-lengths.test.ts checks it).
    const result = await search();
    const cx = result.counterexamples.find((c) => c.property === 'NotarizationUniqueness');
    expect(cx).toBeDefined();
    expect(cx?.actions.length).toBeLessThanOrEqual(12);
    expect(cx?.oneMinimal).toBe(true);
    expect(cx?.shortestOverItsActions).toBe(true);
    expect(strictlyViolates(cx?.actions ?? [], 'NotarizationUniqueness')).toBe(true);
    // The discovery was longer than what was kept, and its length is reported.
    expect(cx?.originalLength).toBeGreaterThanOrEqual(cx?.actions.length ?? 0);
  });

  it('lenient replay drops what depended on a removed action, and what it applies replays strictly', async () => {
    const result = await search();
    const d = result.discoveries.find((x) => x.property === 'NotarizationUniqueness');
    expect(d).toBeDefined();
    const actions = d?.actions ?? [];
    const firstByz = actions.findIndex((a) => a.type === 'byzPropose');
    expect(firstByz).toBeGreaterThanOrEqual(0);
    const without = [...actions.slice(0, firstByz), ...actions.slice(firstByz + 1)];
    // Strictly, a schedule without the block's creation is rejected where the block is first sent.
    const strict = replayActions(bound.model, bound.invariants, without, { maxSteps: without.length });
    expect(strict.rejectedAt).not.toBeNull();
    const lenient = replayLenient(bound, without, 'NotarizationUniqueness');
    expect(lenient.applied.length).toBeLessThan(without.length);
    const replay = replayActions(bound.model, bound.invariants, lenient.applied, {
      maxSteps: lenient.applied.length,
    });
    expect(replay.rejectedAt).toBeNull();
  });

  it('slices a schedule to a violating subsequence of it', async () => {
    const result = await search();
    for (const d of result.discoveries) {
      const slice = causalSlice(bound, d.actions, d.property);
      expect(slice.length).toBeLessThanOrEqual(d.actions.length);
      let i = 0;
      for (const a of d.actions) if (i < slice.length && a === slice[i]) i++;
      expect(i, `${d.property}: the slice is a subsequence`).toBe(slice.length);
      expect(replayLenient(bound, slice, d.property).message, d.property).not.toBeNull();
    }
  });

  it('the reordering search gets a raw discovery down to at most the counterexample length', async () => {
    const result = await search();
    const cx = result.counterexamples.find((c) => c.property === 'NotarizationUniqueness');
    const d = result.discoveries.find((x) => x.property === 'NotarizationUniqueness');
    if (!cx || !d) throw new Error('expected NotarizationUniqueness to be found');
    // The discovery itself is longer than the counterexample: the search must get back down.
    const search2 = shortestWithin(bound, d.actions, 'NotarizationUniqueness', 200_000);
    expect(search2.actions).not.toBeNull();
    expect(search2.actions?.length).toBeLessThanOrEqual(cx.actions.length);
    expect(strictlyViolates(search2.actions ?? [], 'NotarizationUniqueness')).toBe(true);
  });

  it('shrinks a ModelAssertion (a model that throws in next) to a trace that still throws', async () => {
    const result = await search();
    const d = result.discoveries.find((x) => x.property === 'NotarizationUniqueness');
    if (!d) throw new Error('expected a discovery');
    // A model bug: delivering the second block version to anyone throws.
    const target = d.actions.findIndex((a) => a.type === 'byzSend' && a.msg.type === 'block');
    const poison = JSON.stringify(d.actions[target]);
    const buggy = {
      ...bound,
      model: {
        ...bound.model,
        next: (state: Parameters<typeof bound.model.next>[0], action: Action) => {
          if (JSON.stringify(action) === poison) throw new TypeError('boom');
          return bound.model.next(state, action);
        },
      },
    };
    const discovery = {
      ...d,
      property: MODEL_ASSERTION,
      actions: d.actions.slice(0, target + 1),
      message: 'TypeError: boom',
    };
    const cx = await shrinkDiscovery(() => buggy, discovery);
    expect(cx.property).toBe(MODEL_ASSERTION);
    expect(cx.actions.length).toBeLessThanOrEqual(discovery.actions.length);
    expect(JSON.stringify(cx.actions.at(-1))).toBe(poison);
    const replay = replayActions(buggy.model, [], cx.actions, {
      maxSteps: cx.actions.length,
      stopOn: MODEL_ASSERTION,
    });
    expect(replay.violations.map((v) => v.property)).toEqual([MODEL_ASSERTION]);
  });

  it('on a stop before shrinking returns the discovery as found, not claimed minimal', async () => {
    const result = await search();
    const d = result.discoveries[0];
    if (!d) throw new Error('expected a discovery');
    const cx = await shrinkDiscovery(
      () => bound,
      d,
      undefined,
      () => true,
    );
    expect(cx.actions).toEqual(d.actions);
    expect(cx.oneMinimal).toBe(false);
    expect(cx.shortestOverItsActions).toBeNull();
  });
});
