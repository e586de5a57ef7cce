import { expect } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { explore } from '../../src/check/explore.ts';
import type { Invariant } from '../../src/core/model-contract.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import type { State } from '../../src/model/state.ts';
import { type TestSetup, testConfig } from './config.ts';

export function invariantsFor(cfg: ModelConfig): Invariant<State>[] {
  return SAFETY_PROPERTIES.map((p) => ({ name: p.name, check: (s: State) => p.check(cfg, s) }));
}

/** Explores a setup with and without symmetry reduction and checks they agree on what was found. */
export function exploreBothWays(setup: TestSetup, options: { maxDepth: number; flight?: number }) {
  const cfg = testConfig(setup);
  const model = createAlpenglowModel(cfg);
  const base = {
    maxDepth: options.maxDepth,
    stopWhenAllViolated: false,
    ...(options.flight === undefined
      ? {}
      : { constraint: (s: State) => s.network.length <= options.flight! }),
  };
  const plain = explore(model, invariantsFor(cfg), { ...base, symmetry: false });
  const reduced = explore(model, invariantsFor(cfg), { ...base, symmetry: true });
  const verdicts = (r: typeof plain) => r.violations.map((v) => [v.property, v.depth]);
  expect(reduced.complete).toBe(plain.complete);
  expect(verdicts(reduced)).toEqual(verdicts(plain));
  expect(reduced.uniqueStates).toBeLessThanOrEqual(plain.uniqueStates);
  return { plain, reduced };
}
