import { describe, expect, expectTypeOf, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { TIMED_PROPERTIES } from '../../properties/timed.ts';
import type {
  AnyProperty,
  LivenessContext,
  LivenessProperty,
  SafetyProperty,
} from '../../properties/types.ts';
import type { ConfigurableInvariant, Invariant } from '../../src/core/model-contract.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import type { State } from '../../src/model/state.ts';
import type { StateProperty } from '../../src/sim/setup.ts';
import type { TimedProperty } from '../../src/sim/timed/evaluate.ts';

describe('one property type', () => {
  it('is what the engines take, without them importing properties/', () => {
    expectTypeOf<SafetyProperty>().toExtend<ConfigurableInvariant<ModelConfig, State>>();
    expectTypeOf<SafetyProperty>().toExtend<StateProperty>();
    expectTypeOf<LivenessProperty>().toExtend<Invariant<LivenessContext>>();
    expectTypeOf<LivenessProperty>().toExtend<TimedProperty>();
  });

  it('gives every property a kind matching its list, a unique name, a reference and a description', () => {
    const all: readonly AnyProperty[] = [...SAFETY_PROPERTIES, ...TIMED_PROPERTIES];
    expect(SAFETY_PROPERTIES.every((p) => p.kind === 'safety')).toBe(true);
    expect(TIMED_PROPERTIES.every((p) => p.kind === 'liveness')).toBe(true);
    expect(TIMED_PROPERTIES.length).toBe(LIVENESS_PROPERTIES.length + 5);
    expect(new Set(all.map((p) => p.name)).size).toBe(all.length);
    for (const p of all) {
      expect(p.reference, p.name).not.toBe('');
      expect(p.description, p.name).not.toBe('');
    }
  });
});
