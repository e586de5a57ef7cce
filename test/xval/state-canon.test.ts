import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { State } from '../../src/model/state.ts';
import { canonicalText } from '../../src/xval/canonical.ts';
import { resolveModel } from '../../src/xval/resolve.ts';
import { canonicalSpecState, canonicalTsState, specState } from '../../src/xval/state-canon.ts';
import { DumpMatcher } from '../../src/xval/state-compare.ts';
import { stateKey } from '../../src/xval/state-key.ts';
import { stateToTla } from '../../src/xval/state-tla.ts';
import { firstDifference } from '../../src/xval/tla-diff.ts';
import { parseTlaValue } from '../../src/xval/tla-parse.ts';
import { prettyState, tlaExpr } from '../../src/xval/tla-print.ts';
import { type TlaValue, tSeq } from '../../src/xval/tla-value.ts';
import { parseTlcOutput } from '../../src/xval/tlc-output.ts';
import { parseTlcState } from '../../src/xval/tlc-state.ts';
import { allStates, EQUIV_V0, TWO_CORRECT } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A state printed as TLC prints one, then read back the way dumps and traces are read. */
function viaTlcText(value: TlaValue): Map<string, TlaValue> {
  return parseTlcState(prettyState(value).split('\n'));
}

describe('canonical state form: TS state ↔ TLC-printed state', () => {
  it("matches TLC's own print of the initial state (tla/MC_2h1o_s1, from tlc2.TLC -dump)", () => {
    const { cfg } = resolveModel(TWO_CORRECT);
    const [dumped] = parseTlcOutput(fixture('tlc-dump-state1.txt')).trace;
    const initial = allStates(TWO_CORRECT)[0] as State;
    expect(dumped).toBeDefined();
    expect(canonicalSpecState(dumped?.vars ?? new Map())).toBe(canonicalTsState(cfg, initial));
  });

  for (const [name, config, inFlight] of [
    ['2 correct + 1 offline', TWO_CORRECT, Number.POSITIVE_INFINITY],
    ['Byzantine v0 equivocating, ≤ 1 in flight', EQUIV_V0, 1],
  ] as const) {
    it(`round-trips every state through TLA+ text and keeps distinct states distinct (${name})`, () => {
      const { cfg } = resolveModel(config);
      const states = allStates(config, inFlight);
      const keys = new Set<string>();
      for (const s of states) {
        const canonical = canonicalTsState(cfg, s);
        const value = stateToTla(cfg, s);
        expect(canonicalText(parseTlaValue(tlaExpr(value)))).toBe(canonical);
        expect(canonicalSpecState(viaTlcText(value))).toBe(canonical);
        keys.add(canonical);
      }
      expect(keys.size).toBe(states.length);
      expect(states.length).toBeGreaterThan(100);
    });
  }

  it('accepts `nodes` printed as a tuple when the correct validators are 1..n (TLC does that)', () => {
    const { cfg } = resolveModel(EQUIV_V0);
    expect(cfg.honest).toEqual([1, 2]);
    const value = stateToTla(cfg, allStates(EQUIV_V0, 0)[0] as State);
    const fields = value.kind === 'rec' ? value.fields : [];
    const asTuple = fields.map(([k, v]) =>
      k === 'nodes' && v.kind === 'fn' ? ([k, tSeq(v.pairs.map(([, e]) => e))] as const) : ([k, v] as const),
    );
    expect(tlaExpr({ kind: 'rec', fields: asTuple })).toContain('nodes |-> <<');
    expect(canonicalText({ kind: 'rec', fields: asTuple })).toBe(canonicalText(value));
  });

  it('names the smallest part in which two states differ', () => {
    const { cfg } = resolveModel(TWO_CORRECT);
    const states = allStates(TWO_CORRECT);
    const a = stateToTla(cfg, states[0] as State);
    const b = stateToTla(cfg, states[1] as State);
    expect(firstDifference(a, a, 'TLC', 'TS')).toBeNull();
    const d = firstDifference(a, b, 'TLC', 'TS');
    expect(d).toMatch(/^(nodes|network|castVotes|blocks)/);
    expect(d).toMatch(/only in|TLC .*TS/);
  });
});

describe('state-set comparison (DumpMatcher) on simulated dumps', () => {
  const { cfg } = resolveModel(TWO_CORRECT);
  const states = allStates(TWO_CORRECT);
  const keys = new Set(states.map((s) => stateKey(canonicalTsState(cfg, s))));
  const search = { scheduler: 'all', inFlightBound: null } as const;

  it('reports equal sets when TLC dumps exactly the TS states', async () => {
    const m = new DumpMatcher(keys);
    for (const s of [...states].reverse()) m.visit(viaTlcText(stateToTla(cfg, s)));
    expect(await m.compare(cfg, search)).toMatchObject({ equal: true, tlcOnly: 0, tsOnly: 0 });
  });

  it('prints a state only the TS side reaches', async () => {
    const m = new DumpMatcher(keys);
    for (const s of states.slice(1)) m.visit(viaTlcText(stateToTla(cfg, s)));
    const result = await m.compare(cfg, search);
    expect(result).toMatchObject({ equal: false, tsOnly: 1, tlcOnly: 0 });
    expect(result.firstDifference).toContain('only the TS model reaches');
    expect(result.firstDifference).toContain('/\\ nodes = ');
  });

  it('prints a state only TLC reaches', async () => {
    const m = new DumpMatcher(keys);
    for (const s of states) m.visit(viaTlcText(stateToTla(cfg, s)));
    const odd = specState(viaTlcText(stateToTla(cfg, states[0] as State)));
    const tampered = parseTlaValue(
      tlaExpr(odd).replace(
        'network |-> {}',
        'network |-> {[to |-> 0, msg |-> [type |-> "block", block |-> 4]]}',
      ),
    );
    m.visit(new Map(tampered.kind === 'rec' ? tampered.fields : []));
    const result = await m.compare(cfg, search);
    expect(result).toMatchObject({ equal: false, tlcOnly: 1 });
    expect(result.firstDifference).toContain('only TLC reaches');
  });
});
