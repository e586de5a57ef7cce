import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { replayTrace } from '../../src/sim/replay-trace.ts';
import { buildTrace, type NativeTrace } from '../../src/sim/trace.ts';
import { exportItf, importTrace, XvalError } from '../../src/xval/index.ts';
import { fromItf, toItf } from '../../src/xval/itf-value.ts';
import { resolveModel } from '../../src/xval/resolve.ts';
import { tBool, tFn, tInt, tRec, tSeq, tSet, tStr } from '../../src/xval/tla-value.ts';
import { EQUIV_V0, FAST_BELOW_SLOW, shortestViolation, TWO_CORRECT, walk } from './helpers.ts';

const finalizedImpliesNotarized = SAFETY_PROPERTIES.find((p) => p.name === 'FinalizedImpliesNotarized')!;

function counterexample(): NativeTrace {
  const v = shortestViolation(FAST_BELOW_SLOW, finalizedImpliesNotarized);
  expect(v?.depth).toBe(3);
  return buildTrace({
    config: resolveModel(FAST_BELOW_SLOW).config,
    seed: null,
    actions: v?.path ?? [],
    violation: { property: 'FinalizedImpliesNotarized', step: 3 },
  });
}

describe('ITF values', () => {
  it('writes #bigint, #set, #tup, #map and records as plain objects, and reads them back', () => {
    const v = tRec({
      n: tInt(-2),
      s: tSet([tStr('a')]),
      t: tSeq([tInt(1), tBool(true)]),
      m: tFn([[tInt(0), tSet([])]]),
    });
    const json = toItf(v);
    expect(json).toEqual({
      n: { '#bigint': '-2' },
      s: { '#set': ['a'] },
      t: { '#tup': [{ '#bigint': '1' }, true] },
      m: { '#map': [[{ '#bigint': '0' }, { '#set': [] }]] },
    });
    expect(fromItf(JSON.parse(JSON.stringify(json)), 'v')).toEqual(v);
  });

  it('accepts plain JSON numbers and arrays (ITF allows them) and names what it cannot read', () => {
    expect(fromItf([1, 2], 'x')).toEqual(tSeq([tInt(1), tInt(2)]));
    expect(() => fromItf({ a: { '#unserializable': 'f' } }, 'x')).toThrow(
      /x\.a: unsupported ITF value #unserializable/,
    );
    expect(() => fromItf({ '#map': [[1]] }, 'x')).toThrow(/x\.#map\[0\]/);
    expect(() => fromItf(1.5, 'x')).toThrow(XvalError);
  });
});

describe('ITF traces', () => {
  it('exports the states of a trace with the metadata Apalache reads', () => {
    const trace = counterexample();
    const itf = exportItf(trace) as {
      '#meta': Record<string, unknown>;
      vars: string[];
      states: Record<string, unknown>[];
    };
    expect(itf.vars).toEqual(['nodes', 'blocks', 'network', 'castVotes']);
    expect(Object.keys(itf['#meta'].varTypes as object)).toEqual(itf.vars);
    expect(itf.states).toHaveLength(4);
    expect(itf.states.map((s) => s['#meta'])).toEqual([0, 1, 2, 3].map((index) => ({ index })));
    expect(itf.states[0]?.blocks).toEqual({
      '#map': [
        [
          { '#bigint': '0' },
          {
            id: { '#bigint': '0' },
            slot: { '#bigint': '0' },
            parent: { '#bigint': '-1' },
            proposer: { '#bigint': '-1' },
            variant: { '#bigint': '0' },
          },
        ],
      ],
    });
  });

  it('round-trips a counterexample: export, JSON text, import by matching states, same violation', () => {
    const trace = counterexample();
    const back = importTrace(JSON.stringify(exportItf(trace)), { properties: SAFETY_PROPERTIES });
    expect(back.actions).toEqual(trace.actions);
    expect(back.violation).toMatchObject({ property: 'FinalizedImpliesNotarized', step: 3 });
    expect(replayTrace(back, SAFETY_PROPERTIES).matchesRecorded).toBe(true);
  });

  it('round-trips a 40-step walk with Byzantine equivocation, votes and certificates', () => {
    const trace = buildTrace({
      config: resolveModel(EQUIV_V0).config,
      seed: null,
      actions: walk(EQUIV_V0, 40),
      violation: null,
    });
    expect(trace.actions.length).toBeGreaterThan(10);
    expect(trace.actions.some((a) => a.type === 'byzSend')).toBe(true);
    const back = importTrace(JSON.stringify(exportItf(trace)));
    expect(back.actions).toEqual(trace.actions);
    expect(back.violation).toBeNull();
  });

  it('fails loudly, naming the state, when the states do not fit the config', () => {
    const itf = exportItf(counterexample());
    expect(() => importTrace(JSON.stringify(itf), { config: TWO_CORRECT })).toThrow(
      /step 3 \(state 3 → state 4\)/,
    );
    const allOnline = { ...FAST_BELOW_SLOW, offline_count: 0, offline_validators: [] };
    const other = { ...itf, '#meta': { alpenglow: { config: allOnline } } };
    expect(() => importTrace(JSON.stringify(other))).toThrow(/state 1 is not the TS initial state/);
  });
});
