import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import type { Invariant, Model } from '../../src/core/model-contract.ts';
import { rngFromSeed } from '../../src/core/rng.ts';
import type { Action } from '../../src/model/actions/types.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { fingerprintState } from '../../src/model/fingerprint.ts';
import { envelopeKey } from '../../src/model/messages.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import { StatePermuter } from '../../src/model/permute.ts';
import type { State } from '../../src/model/state.ts';
import { canonical, createSymmetry } from '../../src/model/symmetry.ts';
import { groupPermutations, interchangeableClasses } from '../../src/model/symmetry-classes.ts';
import { equalStakes, type TestSetup, testConfig } from '../helpers/config.ts';
import { exploreBothWays } from '../helpers/symmetry.ts';

function invariantsFor(cfg: ModelConfig): Invariant<State>[] {
  return SAFETY_PROPERTIES.map((p) => ({ name: p.name, check: (s: State) => p.check(cfg, s) }));
}

/** States along seeded random walks (the initial state included). */
function sampleStates(model: Model<State, Action>, walks: number, steps: number): State[] {
  const rng = rngFromSeed('symmetry-walks');
  const states: State[] = [];
  for (let w = 0; w < walks; w++) {
    let state = model.init()[0] as State;
    states.push(state);
    for (let i = 0; i < steps; i++) {
      const actions = model.actions(state);
      if (actions.length === 0) break;
      state = model.next(state, rng.pick(actions));
      states.push(state);
    }
  }
  return states;
}

function successorClasses(cfg: ModelConfig, model: Model<State, Action>, state: State): string[] {
  return model
    .actions(state)
    .map((a) => fingerprintState(canonical(cfg, model.next(state, a))))
    .sort();
}

const HONEST4: TestSetup = { stakes: equalStakes(4), maxSlot: 2 };
const BYZ5: TestSetup = { stakes: equalStakes(5), byzantine: [3, 4], maxSlot: 1, strategy: 'arbitrary' };

describe('which validators are interchangeable', () => {
  it('pins the leaders within the horizon and splits by role and stake', () => {
    expect(interchangeableClasses(testConfig(HONEST4))).toEqual([[1, 2, 3]]);
    expect(interchangeableClasses(testConfig(BYZ5))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(interchangeableClasses(testConfig({ stakes: [1, 1, 2, 2, 1], maxSlot: 1 }))).toEqual([
      [1, 4],
      [2, 3],
    ]);
    expect(
      interchangeableClasses(testConfig({ stakes: equalStakes(4), offline: [2, 3], maxSlot: 1 })),
    ).toEqual([]);
    // One-slot windows: every validator leads a slot within the horizon, nobody is interchangeable.
    expect(interchangeableClasses(testConfig({ stakes: equalStakes(4), windowSize: 1, maxSlot: 4 }))).toEqual(
      [],
    );
    expect(interchangeableClasses(testConfig({ stakes: equalStakes(4), windowSize: 1, maxSlot: 2 }))).toEqual(
      [[2, 3]],
    );
    expect(createSymmetry(testConfig(HONEST4)).groupOrder).toBe(6);
  });
});

describe('canonical representatives', () => {
  for (const [name, setup] of [
    ['4 correct validators', HONEST4],
    ['5 validators, 2 Byzantine', BYZ5],
  ] as const) {
    it(`${name}: every renaming of a state has the same representative`, () => {
      const cfg = testConfig(setup);
      const model = createAlpenglowModel(cfg);
      const perms = groupPermutations(cfg.validatorCount, interchangeableClasses(cfg));
      const permuter = new StatePermuter(perms);
      for (const state of sampleStates(model, 6, 40)) {
        const rep = fingerprintState(canonical(cfg, state));
        const images = perms.map((_, k) => fingerprintState(permuter.apply(state, k)));
        expect(images).toContain(rep); // the representative is a renaming of the state
        for (let k = 1; k < perms.length; k++) {
          expect(fingerprintState(canonical(cfg, permuter.apply(state, k)))).toBe(rep);
        }
      }
    });

    it(`${name}: renamed states are well-formed, behave alike and get the same verdicts`, () => {
      const cfg = testConfig(setup);
      const model = createAlpenglowModel(cfg);
      const perms = groupPermutations(cfg.validatorCount, interchangeableClasses(cfg));
      const permuter = new StatePermuter(perms);
      const invariants = invariantsFor(cfg);
      for (const state of sampleStates(model, 3, 30)) {
        const k = perms.length - 1;
        const image = permuter.apply(state, k);
        const keys = image.network.map((e) => e.key);
        expect(keys).toEqual([...keys].sort());
        for (const e of image.network) expect(e.key).toBe(envelopeKey(e.to, e.msg));
        // The symmetry argument, checked: successors of the renamed state are renamings of successors.
        expect(successorClasses(cfg, model, image)).toEqual(successorClasses(cfg, model, state));
        expect(invariants.map((i) => i.check(image) === null)).toEqual(
          invariants.map((i) => i.check(state) === null),
        );
      }
    });
  }

  it('leaders are not interchangeable: renaming the leader maps a successor to a non-successor', () => {
    const cfg = testConfig({ stakes: equalStakes(3), maxSlot: 1 });
    const model = createAlpenglowModel(cfg);
    const swapLeader = new StatePermuter([
      [0, 1, 2],
      [1, 0, 2],
    ]);
    const state = model.init()[0] as State;
    // Nobody has acted yet: the renamed initial state is the initial state itself ...
    expect(fingerprintState(swapLeader.apply(state, 1))).toBe(fingerprintState(state));
    const successors = model.actions(state).map((a) => fingerprintState(model.next(state, a)));
    const proposed = model.next(state, { type: 'propose', node: 0, slot: 1, parent: 0 });
    expect(successors).toContain(fingerprintState(proposed));
    // ... but "v1 proposed slot 1" is no successor of it: v1 does not lead slot 1.
    expect(successors).not.toContain(fingerprintState(swapLeader.apply(proposed, 1)));
  });
});

describe('exploring with and without symmetry', () => {
  it('3 correct validators, at most 4 messages in flight: exhausted both ways, half the states', () => {
    const { plain, reduced } = exploreBothWays(
      { stakes: equalStakes(3), maxSlot: 1 },
      { maxDepth: 100, flight: 4 },
    );
    expect(plain.complete).toBe(true);
    expect(plain.violations).toEqual([]);
    expect(plain.uniqueStates / reduced.uniqueStates).toBeGreaterThan(1.8);
  });
  // The 4-validator comparisons (about 3! fewer states, same verdicts) are in
  // test/long/model/symmetry-explore.test.ts.
});
